/** URL-safe slugs for ids: github-slugger's rules on text whose accents are taken apart and dropped. */
import { slug } from 'github-slugger';

/** "Nilüfer Başaran" → "nilufer-basaran"; letters of other scripts stay; an empty result stays empty. */
export function slugify(text: string): string {
	return slug(text.normalize('NFKD').replace(/\p{M}/gu, '')).replace(/[^\p{L}\p{N}_-]/gu, '');
}

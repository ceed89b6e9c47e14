/**
 * The gender a person's given name suggests, from the English, Italian, Spanish and German name
 * lists of `gender-detection-from-name` (its French list is left out: it gives "Ludovic" and "Rémi"
 * as women's names and Vietnamese and Korean family names as given names). It is the weakest
 * evidence the engine has, used only for a person nothing else (a title, a pronoun, a gendered
 * role) has told about.
 */
import german from 'gender-detection-from-name/names/de.js';
import english from 'gender-detection-from-name/names/en.js';
import spanish from 'gender-detection-from-name/names/es.js';
import italian from 'gender-detection-from-name/names/it.js';

const LISTS = [english, italian, spanish, german];

/**
 * Family names of China, Korea and Vietnam, written first ("Nguyen Thi Hoa", "Park Ji-yeon", "Li Qiang"): the lists take some
 * for given names of either gender, so a name opening with one says nothing.
 */
const FAMILY_NAMES_FIRST = new Set(`
	li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng deng cao
	peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu zhong cui tan lam wong ng ho chan
	kim lee park choi jung jeong kang cho yoon yun jang lim shin oh seo kwon hwang ahn an song jeon hong ko moon yang son bae baek
	nam noh ryu yoo kong kwak
	nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly
`.split(/\s+/).filter(Boolean));

/** Given names borne by men and women alike in English, which the lists give one gender. */
const SHARED_NAMES = new Set(['kim', 'pat', 'leslie', 'kelly', 'riley', 'avery', 'quinn', 'drew', 'dana', 'sidney', 'sydney', 'tracy', 'shannon', 'jamie', 'lee', 'jordan', 'alex', 'sam', 'robin', 'taylor', 'morgan', 'casey', 'charlie', 'jesse', 'jody', 'ashley', 'eden', 'ariel', 'rowan', 'sasha', 'noor', 'billie', 'frankie', 'toni', 'andrea', 'nicola', 'jean', 'kai', 'jules', 'sacha', 'dominique', 'claude', 'camille', 'gift', 'nour']);

/** Whether a name list knows `name` as a given name (and it is no family name written first). */
export function isGivenName(name: string): boolean {
	const lower = name.toLowerCase();
	return lower.length >= 2 && !FAMILY_NAMES_FIRST.has(lower) && LISTS.some((list) => list.has(lower));
}

/**
 * The gender the given name `name` suggests, or undefined when no list knows it, the lists that
 * know it disagree ("Andrea" is a woman's name in English and a man's in Italian) or both bear it, or fewer than `minLists`
 * lists know it.
 */
export function genderOfGivenName(name: string, minLists = 1): 'masculine' | 'feminine' | undefined {
	const lower = name.toLowerCase();
	// (and the Punjabi names in -preet, -deep, -jit, -inder, which men and women bear alike)
	if (lower.length < 2 || SHARED_NAMES.has(lower) || FAMILY_NAMES_FIRST.has(lower) || /(?:preet|deep|jit|jeet|inder)$/.test(lower)) return undefined;
	const given = LISTS.map((list) => list.get(lower)).filter((gender) => gender !== undefined);
	const found = new Set(given);
	if (found.size !== 1 || given.length < minLists) return undefined;
	return found.has('male') ? 'masculine' : 'feminine';
}

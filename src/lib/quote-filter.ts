/**
 * The quote index's instant filter, by speaker and kind. The page works without it (a plain page per
 * speaker); with JavaScript the form appears and hides the quotes that do not match.
 */

/** Shows `form` and filters the page's quote cards as its selects change. */
export function startQuoteFilter(form: HTMLFormElement | null): void {
	if (!form) return;
	form.hidden = false;
	const apply = () => {
		const speaker = (form.elements.namedItem('speaker') as HTMLSelectElement).value;
		const kind = (form.elements.namedItem('kind') as HTMLSelectElement).value;
		let shown = 0;
		for (const card of document.querySelectorAll<HTMLElement>('.quote-card')) {
			const match = (!speaker || card.dataset.speaker === speaker) && (!kind || card.dataset.kind === kind);
			card.hidden = !match;
			if (match) shown += 1;
		}
		for (const group of document.querySelectorAll<HTMLElement>('.speaker-group')) {
			group.hidden = group.querySelector('.quote-card:not([hidden])') === null;
		}
		(form.elements.namedItem('shown') as HTMLOutputElement).value = `${shown} ${shown === 1 ? 'quote' : 'quotes'} shown`;
	};
	form.addEventListener('change', apply);
	form.addEventListener('submit', (event) => event.preventDefault());
	apply();
}

/**
 * A section that accepts a dropped file (the file input is the keyboard way
 * to do the same), and a page that never opens a file dropped beside it.
 */
import type { Attachment } from 'svelte/attachments';

const hasFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');

export class FileDrop {
	/** A file is being dragged over the zone. */
	dragging = $state(false);
	#ondrop: (files: FileList) => void;

	constructor(ondrop: (files: FileList) => void) {
		this.#ondrop = ondrop;
	}

	readonly zone: Attachment<HTMLElement> = (zone) => {
		const over = (e: DragEvent) => {
			if (!hasFiles(e)) return;
			e.preventDefault();
			e.dataTransfer!.dropEffect = 'copy';
			this.dragging = true;
		};
		const leave = (e: DragEvent) => {
			if (!zone.contains(e.relatedTarget as Node | null)) this.dragging = false;
		};
		const drop = (e: DragEvent) => {
			if (!hasFiles(e)) return;
			e.preventDefault();
			this.dragging = false;
			this.#ondrop(e.dataTransfer!.files);
		};
		zone.addEventListener('dragover', over);
		zone.addEventListener('dragleave', leave);
		zone.addEventListener('drop', drop);
		return () => {
			zone.removeEventListener('dragover', over);
			zone.removeEventListener('dragleave', leave);
			zone.removeEventListener('drop', drop);
		};
	};

	/** For the window: a file dropped beside the zone would make the browser open it and lose the editor's text. */
	readonly keepPage = (e: DragEvent) => {
		if (hasFiles(e)) e.preventDefault();
	};
}

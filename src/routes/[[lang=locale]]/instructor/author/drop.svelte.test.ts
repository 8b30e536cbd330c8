import { describe, expect, it, vi } from 'vitest';
import { FileDrop } from './drop.svelte.ts';

/** A drag event as the browser sends it; jsdom has no DataTransfer. */
function drag(type: string, types: string[], extra: { files?: unknown; relatedTarget?: Node | null } = {}) {
	const e = new Event(type, { cancelable: true, bubbles: true }) as Event & { dataTransfer: unknown; relatedTarget: unknown };
	Object.defineProperty(e, 'dataTransfer', { value: { types, files: extra.files, dropEffect: 'none' } });
	Object.defineProperty(e, 'relatedTarget', { value: extra.relatedTarget ?? null });
	return e as unknown as DragEvent;
}

describe('FileDrop', () => {
	it('takes files dragged over and dropped on the zone, and nothing else', () => {
		const ondrop = vi.fn();
		const drop = new FileDrop(ondrop);
		const zone = document.createElement('section');
		const child = zone.appendChild(document.createElement('p'));
		const detach = drop.zone(zone)!;

		const text = drag('dragover', ['text/plain']);
		zone.dispatchEvent(text);
		expect(text.defaultPrevented).toBe(false);
		expect(drop.dragging).toBe(false);

		const over = drag('dragover', ['Files']);
		zone.dispatchEvent(over);
		expect(over.defaultPrevented).toBe(true);
		expect(over.dataTransfer!.dropEffect).toBe('copy');
		expect(drop.dragging).toBe(true);
		zone.dispatchEvent(drag('dragleave', ['Files'], { relatedTarget: child }));
		expect(drop.dragging).toBe(true);
		zone.dispatchEvent(drag('dragleave', ['Files'], { relatedTarget: document.body }));
		expect(drop.dragging).toBe(false);

		const files = ['a.ink'];
		zone.dispatchEvent(drag('dragover', ['Files']));
		const dropped = drag('drop', ['Files'], { files });
		zone.dispatchEvent(dropped);
		expect(dropped.defaultPrevented).toBe(true);
		expect(drop.dragging).toBe(false);
		expect(ondrop).toHaveBeenCalledExactlyOnceWith(files);

		detach();
		zone.dispatchEvent(drag('drop', ['Files'], { files }));
		expect(ondrop).toHaveBeenCalledTimes(1);
	});

	it('keeps the browser from opening a file dropped beside the zone', () => {
		const drop = new FileDrop(() => {});
		const file = drag('drop', ['Files']);
		drop.keepPage(file);
		expect(file.defaultPrevented).toBe(true);
		const text = drag('drop', ['text/plain']);
		drop.keepPage(text);
		expect(text.defaultPrevented).toBe(false);
	});
});

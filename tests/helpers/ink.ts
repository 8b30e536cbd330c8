import { readFileSync } from 'node:fs';
import { compileInk } from '../../src/lib/engine/compile.ts';

/** Compiles an .ink file with the real compiler; fails loudly on any error. */
export function compileFile(path: string): string {
	const result = compileInk(readFileSync(path, 'utf8'), path.split('/').pop());
	if (!result.json) throw new Error(`${path}: ${result.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
	return result.json;
}

export const MINI = {
	zh: () => compileFile('tests/fixtures/mini/zh-CN.ink'),
	en: () => compileFile('tests/fixtures/mini/en.ink'),
	source: () => readFileSync('tests/fixtures/mini/zh-CN.ink', 'utf8')
};

import { readFileSync } from 'node:fs';
import { compileFile } from '../../scripts/lib/stories.ts';

export { compileFile };

export const MINI = {
	zh: () => compileFile('tests/fixtures/mini/zh-CN.ink'),
	en: () => compileFile('tests/fixtures/mini/en.ink'),
	source: () => readFileSync('tests/fixtures/mini/zh-CN.ink', 'utf8')
};

/** Importing result packages and assignments: valid ones once, malformed ones never, storage untouched. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MemoryStore } from '../progress/kv-store.ts';
import { describeImportProblem } from '../i18n/import-messages.ts';
import { assignmentCode, readAssignmentCode, readAssignmentFile, ImportError, type Assignment } from './assignment.ts';
import { importResults, loadResults, planImport, resultKey } from '../progress/class-results.ts';
import { assignment, pkg } from './fixtures.test-helpers.ts';
import { resultCode, resultFile, type ResultPackage } from './result.ts';

describe('importResults', () => {
	it('adds valid packages once and reports the rest by name', async () => {
		const store = new MemoryStore();
		const r = await importResults(store, [
			{ name: 'a.json', content: resultFile(pkg) },
			{ name: 'b.txt', content: resultCode({ ...pkg, learner: '王同学' }) },
			{ name: 'c.json', content: '{"nope": true}' }
		]);
		expect(r.added.map((p) => p.learner)).toEqual(['李同学', '王同学']);
		expect(r.rejected).toEqual([
			{ name: 'c.json', problem: { code: 'invalid', what: 'result', field: expect.any(String), detail: expect.any(String) } }
		]);
		const again = await importResults(store, [{ name: 'a.json', content: resultFile(pkg) }]);
		expect(again).toMatchObject({ added: [], duplicates: 1 });
		expect((await loadResults(store)).length).toBe(2);
	});

	it('hands the accepted packages to the batch writer in one call, and calls it not at all for nothing new', async () => {
		const store = new MemoryStore();
		const batches: (readonly (readonly [string, unknown])[])[] = [];
		const writeMany = async (entries: readonly (readonly [string, unknown])[]) => {
			batches.push(entries);
			for (const [k, v] of entries) await store.set(k, v);
		};
		const inputs = [0, 1, 2].map((i) => ({ name: `${i}.json`, content: resultFile({ ...pkg, learner: `学员${i}` }) }));
		const r = await importResults(store, [...inputs, { name: 'bad.json', content: '{}' }], writeMany);
		expect(r.added).toHaveLength(3);
		expect(batches.map((b) => b.map(([k]) => k))).toEqual([r.added.map(resultKey)]);
		// Duplicates and rejects alone: nothing to write.
		await importResults(store, [inputs[0], { name: 'bad.json', content: '{}' }], writeMany);
		expect(batches).toHaveLength(1);
		expect((await loadResults(store)).map((r) => r.pkg.learner).sort()).toEqual(['学员0', '学员1', '学员2']);
	});

	it('plans an import without touching storage: rejected, duplicate and new, in input order', () => {
		const existing = [resultKey({ ...pkg, learner: '旧学员' })];
		const plan = planImport(existing, [
			{ name: 'old.json', content: resultFile({ ...pkg, learner: '旧学员' }) },
			{ name: 'new.json', content: resultFile({ ...pkg, learner: '新学员' }) },
			{ name: 'again.json', content: resultFile({ ...pkg, learner: '新学员' }) },
			{ name: 'junk.txt', content: 'CWR1.???' }
		]);
		expect(plan.report.added.map((p) => p.learner)).toEqual(['新学员']);
		expect(plan.report.duplicates).toBe(2);
		expect(plan.report.rejected.map((r) => r.name)).toEqual(['junk.txt']);
		expect(plan.entries).toEqual([[resultKey({ ...pkg, learner: '新学员' }), plan.report.added[0]]]);
	});

	it('accepts none of 1,000+ malformed inputs and leaves storage byte-for-byte unchanged', async () => {
		const store = new MemoryStore();
		await importResults(store, [{ name: 'seed.json', content: resultFile(pkg) }]);
		const before = JSON.stringify([...store.data.entries()]);
		const code = resultCode(pkg);
		const keys = Object.keys(pkg) as (keyof ResultPackage)[];
		// Without an optional field the package is still valid (and another copy of the attempt, kept as a conflict).
		const required = keys.filter((k) => k !== 'assignmentId' && k !== 'scoring');
		const malformed = fc.oneof(
			fc.string(),
			fc.jsonValue().map((j) => JSON.stringify(j)),
			fc.constantFrom(...required).map((k) => {
				const copy: Record<string, unknown> = { ...pkg };
				delete copy[k];
				return JSON.stringify(copy);
			}),
			fc
				.tuple(
					fc.constantFrom(...keys),
					fc.oneof(fc.integer({ min: -5, max: -1 }), fc.constant(null), fc.object(), fc.constant('<script>alert(1)</script>'.repeat(10)))
				)
				.map(([k, value]) => JSON.stringify({ ...pkg, [k]: k === 'learner' ? '' : value })),
			fc.integer({ min: 5, max: code.length - 4 }).map((n) => code.slice(0, n)),
			fc.string({ minLength: 1 }).map((junk) => `CWR1.${junk}`)
		);
		await fc.assert(
			fc.asyncProperty(malformed, async (content) => {
				const started = performance.now();
				const r = await importResults(store, [{ name: 'x', content }]);
				expect(performance.now() - started).toBeLessThan(2000);
				expect(r.added).toEqual([]);
				expect(r.rejected).toHaveLength(r.duplicates ? 0 : 1);
				for (const { problem } of r.rejected) expect(describeImportProblem(problem, 'zh-CN')).not.toMatch(/\{\w+\}/);
				expect(JSON.stringify([...store.data.entries()])).toBe(before);
			}),
			{ numRuns: 1200, seed: 20261122 }
		);
	});
});

describe('assignment import under hostile input', () => {
	it('accepts none of 1,000+ malformed assignment files or codes, and stores nothing', async () => {
		const { acceptAssignment } = await import('../progress/learner-assignments.ts');
		const store = new MemoryStore();
		await acceptAssignment(store, assignment, '李同学', new Date('2026-11-22T10:00:00.000Z'));
		const before = JSON.stringify([...store.data.entries()]);
		const code = assignmentCode(assignment)!;
		// `due` is optional: removing it leaves a valid assignment.
		const keys = (Object.keys(assignment) as (keyof Assignment)[]).filter((k) => k !== 'due');
		const malformed = fc.oneof(
			fc.string().map((s) => ({ kind: 'file' as const, s })),
			fc.jsonValue().map((j) => ({ kind: 'file' as const, s: JSON.stringify(j) })),
			fc.constantFrom(...keys).map((k) => {
				const copy: Record<string, unknown> = { ...assignment };
				delete copy[k];
				return { kind: 'file' as const, s: JSON.stringify(copy) };
			}),
			fc
				.tuple(
					fc.constantFrom(...keys),
					fc.oneof(fc.constant(null), fc.integer({ min: -9, max: -1 }), fc.object(), fc.constant('x'.repeat(3000)))
				)
				.map(([k, value]) => ({ kind: 'file' as const, s: JSON.stringify({ ...assignment, [k]: value }) })),
			fc.integer({ min: 1, max: code.length - 4 }).map((n) => ({ kind: 'code' as const, s: code.slice(0, n) })),
			fc.string({ minLength: 1 }).map((s) => ({ kind: 'code' as const, s }))
		);
		await fc.assert(
			fc.asyncProperty(malformed, async (input) => {
				let accepted: Assignment | undefined;
				try {
					accepted = input.kind === 'file' ? readAssignmentFile(input.s) : readAssignmentCode(input.s);
				} catch (e) {
					expect(e).toBeInstanceOf(ImportError);
					// …with words for it in both languages.
					for (const locale of ['zh-CN', 'en'] as const)
						expect(describeImportProblem((e as ImportError).problem, locale)).not.toMatch(/\{\w+\}/);
				}
				// Only an accepted assignment is ever written; none may be accepted here.
				if (accepted) await acceptAssignment(store, accepted, 'x', new Date());
				expect(accepted).toBeUndefined();
				expect(JSON.stringify([...store.data.entries()])).toBe(before);
			}),
			{ numRuns: 1200, seed: 20261122 }
		);
	});
});

/**
 * The chapters of the item bank, in syllabus order; each has one file
 * `bank/<id>.json`. Re-exported by schema.ts; kept in a module of its own
 * (plain data, no validators) so that code loaded on every page, such as
 * the progress records, can name chapters cheaply.
 */
export const TOPICS = [
	{ id: 'techniques', name: { 'zh-CN': '会谈技巧', en: 'Interview techniques' } },
	{ id: 'interview-types', name: { 'zh-CN': '会谈类型', en: 'Interview types' } },
	{ id: 'stages', name: { 'zh-CN': '通用过程', en: 'The general process' } },
	{ id: 'intake', name: { 'zh-CN': '接案', en: 'Intake' } },
	{ id: 'assessment', name: { 'zh-CN': '预估', en: 'Assessment' } },
	{ id: 'planning', name: { 'zh-CN': '计划', en: 'Planning' } },
	{ id: 'intervention', name: { 'zh-CN': '介入', en: 'Intervention' } },
	{ id: 'evaluation', name: { 'zh-CN': '评估', en: 'Evaluation' } },
	{ id: 'closing', name: { 'zh-CN': '结案', en: 'Closing' } },
	{ id: 'records', name: { 'zh-CN': '个案记录', en: 'Case records' } },
	{ id: 'case-management', name: { 'zh-CN': '个案管理', en: 'Case management' } }
] as const;
export type TopicId = (typeof TOPICS)[number]['id'];
export const TOPIC_IDS = TOPICS.map((t) => t.id) as readonly TopicId[] as readonly [TopicId, ...TopicId[]];

export function isTopic(s: string): s is TopicId {
	return (TOPIC_IDS as readonly string[]).includes(s);
}

/** The chapter's name in both languages. */
export function topicName(id: TopicId): { 'zh-CN': string; en: string } {
	return TOPICS.find((t) => t.id === id)!.name;
}

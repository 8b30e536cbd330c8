declare module '*.ink' {
	const json: string;
	export default json;
}
declare module '*.ink?meta' {
	const meta: import('$lib/content/story-meta').StoryMeta;
	export default meta;
}

// The coach's trained model and drills, per language (scripts/vite-plugin-coach.ts).
declare module 'virtual:coach-model/zh-CN' {
	export const model: import('$lib/coach/model').CoachModel;
	export const drills: import('$lib/coach/drills').DrillSet;
}
declare module 'virtual:coach-model/en' {
	export const model: import('$lib/coach/model').CoachModel;
	export const drills: import('$lib/coach/drills').DrillSet;
}

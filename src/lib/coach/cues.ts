/**
 * Word classes the corpus alone is too small to learn: hedges, musts,
 * feelings, praise, the worker's own past, pointers back to what the client
 * said, facts and entitlements, questions that ask for particulars. Each is
 * a feature of its own (features.ts), so a reply with a hedge the corpus
 * never used still reads as hedged. Wordings from casework practice, in
 * both languages; they carry no weight of their own, training gives it.
 */
import type { CoachLang } from './corpus.ts';

type Lexicon = Record<string, RegExp>;

const EN: Lexicon = {
	hedge: /\b(maybe|perhaps|might|wonder(ing)?|could it be|i guess|possibly|would it|how would you feel|what if|one option|an idea)\b/g,
	must: /\b(must|have to|has to|need to|needs to|got to|you can't|you cannot|don't|do not|never|stop|straight away|right now|immediately|it's not safe|dangerous|illegal)\b/g,
	feeling:
		/\b(feel(s|ing)?|felt|sounds? (like|as if)|must be|scared|afraid|frightened|lonely|alone|hurt|angry|sad|ashamed|guilty|worried|anxious|exhausted|overwhelmed|relieved|hard for you|heavy|gutted|torn)\b/g,
	praise:
		/\b(well done|good for you|great|brilliant|proud|that took|you managed|you did it|nice work|impressive|amazing|fantastic|wonderful|star)\b/g,
	self: /\b(when i was|i remember|i used to|i had|i've been|my own|my (mum|dad|mother|father|son|daughter|husband|wife|partner|brother|sister|family|first)|happened to me|i went through|me too|same here)\b/g,
	recap:
		/\b(so far|you've (said|told|mentioned|described)|you said|you mentioned|you told me|if i've got (this|it) right|let me (check|see if|put|play|pull)|to sum up|so, |three things|on (the )?one hand|what i'm hearing|both)\b/g,
	focus:
		/\b(let's|can we|come back to|most (important|pressing|urgent)|the main|right now the|first things first|for today|of all (that|these|those)|which (one|of these)|start with|put .* aside|just one)\b/g,
	fact: /\b(entitled|eligible|apply|application|the law|legally|by law|the service|services|benefit|allowance|pension|policy|the form|hotline|helpline|free of charge|costs?|per (week|month)|usually|normally|research|studies|the rule|appointment|office|\d+)\b/g,
	particular:
		/\b(what (exactly|do you mean|does .* mean|happened|was it)|which|when (exactly|did)|how (often|many|much|long)|who (was|is)|can you (say|tell) (more|me more)|for example|what.* like)\b/g,
	contrast:
		/\b(but|yet|and yet|at the same time|even though|although|though|earlier you|a moment ago|i notice|i've noticed|i'm noticing|doesn't (quite )?fit|on the other hand)\b/g
};

const ZH: Lexicon = {
	hedge: /(也许|或许|可能|要不|会不会|是不是可以|不妨|您看|你看|你觉得呢|您觉得呢|有没有想过|一个办法|一个选择|试试)/g,
	must: /(必须|一定要|千万|绝对不能|不能再|不可以|别再|马上|立刻|赶紧|务必|危险|违法|要出事|后果)/g,
	feeling: /(心里|难受|委屈|害怕|担心|着急|孤单|孤独|寂寞|生气|伤心|难过|失落|憋屈|愧疚|自责|不好受|累|怕|挺难的|不容易|感觉|感到)/g,
	praise: /(真棒|很棒|不错|厉害|了不起|做得好|做到了|迈出|进步|值得|骄傲|佩服|好样的)/g,
	self: /(我以前|我当年|我那时|我小时候|我自己也|我也曾|我妈|我爸|我家|我奶奶|我爷爷|我孩子|我刚工作|我也是|我也有过|我第一次)/g,
	recap:
		/(您刚才说|你刚才说|您说的|你说的|听下来|归纳|总结|一是|二是|第一|第二|几件事|一方面|另一方面|两件|三件|到目前|这几次|我理一下|我把.*放一起)/g,
	focus: /(先说|先谈|先聊|先把|回到|最要紧|最重要|最急|今天就|咱们先|我们先|这么多事|哪一件|哪件事|其中)/g,
	fact: /(可以申请|申请|政策|规定|补贴|补助|低保|医保|社保|报销|服务|热线|窗口|手续|材料|免费|法律|条例|按照|一般来说|通常|研究|\d+)/g,
	particular: /(具体|什么意思|指的是|是指|哪一|哪个|哪些|什么时候|多久|几次|多少|怎么个|举个例子|比如说|是怎样的|是什么样)/g,
	contrast: /(可是|但是|不过|却|又说|刚才还|一边.*一边|我注意到|我发现|好像有点不一样|对不上)/g
};

export const LEXICONS: Record<CoachLang, Lexicon> = { 'zh-CN': ZH, en: EN };

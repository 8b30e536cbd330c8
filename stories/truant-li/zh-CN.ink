# title: 逃学少年小李
# summary: 十五岁的小李三天两头逃学，还跟同学打过架，居委会把他转介到社工站。他戒备心很重，开口就是“嗯”“随便”。从接案到结案后的跟进，你要走进他的家庭和学校，找到逃学背后的原因，再和他一起定下计划。
# minutes: 35
# lang: zh-CN
# difficulty: 2
# skills: empathy, encouragement, clarification, focusing, advice, confrontation
# cast: li=小李; worker=社工（你）; zhou=居委会周主任; father=李爸爸; mother=李妈妈; teacher=班主任陈老师; coach=篮球队志愿者阿杰; supervisor=督导; colleague=同事林哥

// trust 0..3: how far Li trusts the worker. Starts at 1: he did turn up.
VAR trust = 1
// The worker promised absolute confidentiality at intake.
VAR secret_promise = false
// 0..2: how far the parents take part in the family work.
VAR parents_engaged = 0
// The knife fight happened because the worker kept quiet.
VAR fight = false
// An outcome evaluation was done before closing.
VAR evaluated = false

-> intake.referral

// ───────────────────────────── INTAKE ─────────────────────────────
=== intake ===

= referral
周一上午，居委会的周主任拿着一个牛皮纸袋来到社工站。 #phase:intake
“小李，十五岁，初三。这学期三天两头不去学校，上个月在校门口跟隔壁班的男生打了一架，派出所都去过了。他爸常年跑长途，他妈在超市上早班，管不住。班主任找过我们好几回了，你看能不能帮帮这孩子？” #speaker:zhou
你接过材料。该从哪里开始？
+ [先请周主任讲讲转介的来龙去脉：最近发生了什么，小李知不知道被转介，眼下有没有紧急的风险；再请她帮忙，约小李在他熟悉的社区活动室见面。 #phase:intake #quality:best]
    接案的第一步，是弄清服务对象为什么、经谁来到你面前，初步判断事情急不急、是不是本机构该接的服务。约在他熟悉、放松的地方见面，也更利于建立关系。 #feedback
    “他知道。我跟他说了，社工站有人想认识认识他，不是来批评他的。他没说来，也没说不来。” #speaker:zhou
    -> first_meet
+ [请周主任通知小李明天到居委会办公室“谈一谈”，告诉他不来就通知学校。 #phase:intake #quality:harmful]
    小李是被转介来的，本来就不是自愿求助，更需要尊重和接纳。用“不来就告诉学校”逼他露面，关系从一开始就成了对立。更好的做法是说明来意，邀请他在自在的地方见面，来不来由他决定。 #feedback
    ~ trust = MAX(trust - 1, 0)
    -> first_meet
+ [先给学校打个电话，请德育处把小李近三个月的考勤、处分记录和班主任评语调出来，再问问他平时跟哪些人来往。把底细摸清楚了再约他见面，谈的时候心里有数。 #phase:assessment #quality:weak]
    向学校、家庭收集资料是预估阶段的工作，而且要先征得小李本人同意。人还没见，先去学校“调档案”，他很容易认定你和学校是一伙的。更好的做法是先向转介人了解情况，再和小李本人建立关系。 #feedback
    ~ trust = MAX(trust - 1, 0)
    后来你才知道，第二天陈老师就在班上点了他的名：“社区的人都来打听你了。”
    -> first_meet
+ [“逃学应该归学校管吧？要不您转给学校的心理老师？” #technique:suggestion #phase:intake #quality:weak]
    转介只在两种情况下才合理：问题不在本机构的服务范围内，或者服务对象不住在本机构的服务区域。社区青少年服务正是社工站的本职，小李也就住在本社区，把他推出去没有正当理由。 #feedback
    “学校就是说管不了，才找到我们这儿来的呀。” #speaker:zhou
    你想了想，还是把个案接了下来。
    -> first_meet

= first_meet
周三下午，社区青少年活动室。小李比约好的时间晚了二十分钟，校服外套敞着，没背书包，一只耳朵塞着耳机。他在离你最远的那把椅子上坐下，低头刷手机。
{trust == 0: 他始终没抬头，看样子是憋着一肚子气来的。}
+ [“逃学、打架，再这样下去你这辈子就毁了。你爸妈挣钱多辛苦，你想过没有？” #technique:advice #phase:intake #quality:harmful]
    忠告是用来指出严重行为的危害、或者必须采取的行动的，而且要以信任为基础。第一次见面就说教，只会让他把你归进“又一个来教育我的人”。接案阶段的重点是建立关系，先听他说。 #feedback
    ~ trust = MAX(trust - 1, 0)
    他把另一只耳机也塞上了。
    -> same
+ [隔着办公桌坐下，双手抱在胸前，一边翻材料一边问：“你就是小李？说说吧，这学期逃了几次课？” #technique:attending #phase:intake #quality:harmful]
    隔着桌子、抱着手臂、眼睛盯着材料，是封闭的、审问式的姿态；一开口又是封闭式问题，正好印证了他对“大人”的戒备。专注要求面向对方、姿态开放、目光友善，心思放在人身上，而不是材料上。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “不知道，没数过。” #speaker:li
    -> same
+ [把自己的手机收进包里，拉一把椅子坐到他斜对面，身体稍稍前倾：“你来了就好。我是社工站的，今天不是来查你的，就想先认识认识你。” #technique:attending #phase:intake #quality:best]
    专注：收起手机，斜对面坐，身体前倾，语气放松，用身体语言告诉他“我在专心对你”。斜对面的位置也比正对面少一些压迫感。 #feedback
    ~ trust = MIN(trust + 1, 3)
    他抬眼看了你一下，把一只耳机摘了下来。
    “……嗯。” #speaker:li
    -> same
+ [“别紧张，我不是来训你的。其实我上初中的时候也特别烦上学，有一阵子天天找借口不去……”接着讲了十来分钟自己中学时逃课、被叫家长、后来又怎么回心转意的经历。 #technique:self-disclosure #phase:intake #quality:weak]
    自我披露要简短、少用，说完要很快把焦点交还给服务对象。讲了十来分钟自己的故事，会谈的主角就成了你。初次见面，更需要的是专注地听他说。 #feedback
    他一直听着，中间打了个哈欠。
    -> same

= same
你简单说明了社工站是做什么的。他打断你，斜了你一眼。
“又是来教育我的吧？你们都一样。” #speaker:li
+ [“听起来，这段时间已经有不少大人找你‘谈过话’了，而且每次都是挨说，挺烦的。” #technique:empathy #phase:intake #quality:best]
    同理：说出他话里的感受（被人轮番说教的烦），而不是急着为自己辩解。他觉得被理解了，才可能放下一点戒备。 #feedback
    ~ trust = MIN(trust + 1, 3)
    “……何止。班主任、年级主任、居委会，轮着来。我爸直接上手。” #speaker:li
    -> confid
+ [“你这个态度可不行。你不愿意谈，问题永远解决不了。” #technique:confrontation #phase:intake #quality:harmful]
    对质的前提是关系里已经有了接纳、尊重和信任，而且要试探着提。初次见面就指责他的态度，只会坐实他那句“你们都一样”。这时更需要的是同理。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “那就别谈呗。” #speaker:li
    -> confid
+ [“我跟他们不一样，我不是来批评你的，也不会去跟你爸妈、老师告状。我是真心想帮你的，你要相信我，有什么话都可以跟我说。” #technique:empathy #phase:intake #quality:weak]
    急着证明“我不一样”，焦点落在了你自己身上，并没有接住他的感受。信任不是靠说出来的。更好的做法是先回应他的感受，比如“被人轮番谈话，一定挺烦的”。 #feedback
    “嗯。他们也这么说。” #speaker:li
    -> confid
+ [“行，那我们不绕弯子，直接说说你为什么逃学吧。” #technique:focusing #phase:intake #quality:weak]
    对焦要等对方把话说开之后再用。他刚表达了对大人的不满，你就把话题硬拉到“逃学”上，显得生硬，也错过了回应他感受的机会。 #feedback
    “没为什么。” #speaker:li
    -> confid

= confid
他沉默了一会儿，忽然问：
“我跟你说的话，你是不是转头就告诉我爸妈和老师？” #speaker:li
+ [“你问得很实在。你跟我说的事，我会保密，不会拿去告状。但有一种情况我不能保密：你或者别人可能受到伤害，比如有人要伤你，或者你要去做很危险的事。真到那一步，我也会先跟你说，再商量怎么办。还有，我要找你爸妈或者老师了解情况，一定先问过你。” #technique:information #phase:intake #quality:best]
    提供信息：接案时就用他听得懂的话讲清保密原则和例外（涉及人身安全），以及联系家人、学校之前会先征得他同意。把界限讲在前头，以后真遇到安全问题，才不会变成“背叛”。 #feedback
    ~ trust = MIN(trust + 1, 3)
    “……那‘危险’是多危险？” #speaker:li
    “比如有人受伤、有人要动刀子这种。平时逃课、去哪儿玩，不算。” #speaker:worker
    “行吧。” #speaker:li
    -> story
+ [“这个你不用操心，我们有专业规定。” #technique:information #phase:intake #quality:weak]
    一句“有规定”把问题挡了回去，等于没有回答。他问的是实实在在的担心，需要的是清楚、具体、听得懂的信息：哪些会保密，哪些情况例外。 #feedback
    他耸耸肩，没再问。
    -> story
+ [“放心，你说的每一个字我都不会告诉任何人，我保证。” #technique:information #phase:intake #quality:harmful]
    保密是有限度的：一旦涉及服务对象或他人的安全，社工必须采取行动，所以不能承诺“绝对保密”。现在换来的一点信任，日后不得不打破承诺时，伤害会加倍。应当一开始就讲清保密原则和它的例外。 #feedback
    ~ secret_promise = true
    ~ trust = MIN(trust + 1, 3)
    “真的？……那行。” #speaker:li
    他的肩膀松了一点。
    -> story
+ [“你还没成年，你爸妈是监护人，他们有权知道你的情况。” #technique:information #phase:intake #quality:weak]
    监护人确实有知情的一面，但这样回答，等于告诉他“你说什么都会传出去”，他以后还会说真话吗？更好的做法是讲清保密原则和例外，说明什么时候、怎样和家长沟通，而且会先跟他商量。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “那我没什么好说的。” #speaker:li
    -> story

= story
他把手机扣在了桌上。这是他今天第一次没看屏幕。
+ [“如果你愿意，跟我说说你平时一天是怎么过的吧，从早上起床说起就行。” #technique:listening #phase:intake #quality:best]
    倾听从开放式问题开始：让他按自己的方式讲自己的生活（自我陈述），你专心听内容，也听感受。比起追问“为什么逃学”，这样更容易听到真实的故事。 #feedback
    ~ trust = MIN(trust + 1, 3)
    “起床……家里没人。我妈六点就去超市了，桌上放二十块钱。我爸跑车，一走三四天，回来就睡觉。” #speaker:li
    “有时候去学校，有时候……去台球厅，强哥他们在那儿。反正回家也没人。” #speaker:li
    你没有打断，只是点点头。他又补了一句：
    “也没人问。” #speaker:li
    -> agree
+ [“这样，我们先定个目标：下周一开始，你每天按时到校。能做到吧？” #technique:suggestion #phase:planning #quality:harmful]
    还没做任何预估就替他定目标，一步跳过了预估；而且目标是“替他定”的，不是“和他一起定”的。建议提得太早，只会让他觉得又被安排了。接案时先建立关系、把情况听清楚。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “……随便。” #speaker:li
    断断续续地，你只问出了几句：他妈妈上早班，爸爸跑长途，他常去台球厅找一个叫“强哥”的人。
    -> agree
+ [“我听说你数学落下不少。你是不是因为成绩跟不上，上课听不懂，坐在那儿难受，才不想去学校的？” #technique:clarification #phase:intake #quality:weak]
    这是封闭式、带引导的问题，答案已经替他想好了，他只需要说“是”或“不是”。接案阶段要多用开放式问题，让他说出自己的经历。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “随便你怎么想。” #speaker:li
    断断续续地，你只问出了几句：他妈妈上早班，爸爸跑长途，他常去台球厅找一个叫“强哥”的人。
    -> agree
+ [“你慢慢说，不着急。”一边听，一边低头记笔记，时不时看一眼手表。 #technique:attending #phase:intake #quality:weak]
    嘴上说“不着急”，身体却在赶时间：低头记录、频频看表，他读到的是“你没那么想听”。专注和倾听靠的是目光接触和专心的态度，笔记可以会后再补。 #feedback
    他说了两句就停了，又拿起了手机。你只知道他妈妈上早班，爸爸跑长途，他常去台球厅找一个叫“强哥”的人。
    -> agree

= agree
快一个小时了。
+ [“你要是觉得有需要，随时来找我，不来也没关系。” #technique:suggestion #phase:intake #quality:weak]
    尊重自主没有错，但对一个被转介来、本来就不想来的孩子，“有需要再来”几乎等于不会再来。初步协议要具体：什么时候、在哪里、谈什么，再把决定权交给他。 #feedback
    他第二周没来。你请周主任带了话，第三周他才出现。
    -> assessment.vague
+ [“下周我先去你家跟你爸妈聊聊，再去趟学校找陈老师，看看你的考勤和在班上的情况。等我把情况都摸清楚了，咱们再坐下来，好好商量接下来怎么办。” #technique:information #phase:assessment #quality:weak]
    了解家庭和学校是预估要做的事，但要先征得他同意。而且连下次见面都还没约，就先宣布要去他家、去学校，他感受到的只有“被调查”。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “……随你。” #speaker:li
    最后，他还是答应了下周三再来。
    -> assessment.vague
+ [“谢谢你今天愿意来。我想之后每周跟你见一次，就在这儿，一次一个小时左右，先一起把事情弄清楚。你觉得怎么样？来不来，你自己决定。” #technique:suggestion #phase:intake #quality:best]
    接案的最后，要和他达成初步协议：见面的频率、地点、时长，以及他有权自己做决定。让一个不是自愿来的青少年自己拿主意，是建立专业关系的重要一步。 #feedback
    ~ trust = MIN(trust + 1, 3)
    “……周三下午可以。别的时间不行。” #speaker:li
    他讨价还价的样子，反倒让你觉得他是认真的。
    -> assessment.vague
+ [“下周三你必须准时来，周主任那边我也会盯着你。” #technique:advice #phase:intake #quality:harmful]
    用命令和“盯着你”来约下次见面，把专业关系变成了监督关系。忠告是留给真正严重的事的。约下次见面时应说明目的，尊重他的自主。 #feedback
    ~ trust = MAX(trust - 1, 0)
    他站起来就走，到门口才丢下一句：
    “知道了。” #speaker:li
    -> assessment.vague

// ─────────────────────────── ASSESSMENT ───────────────────────────
=== assessment ===

= vague
第二次会谈。 #phase:assessment
{trust >= 2: 他准时到了，手里拎着一瓶可乐，往桌上一放。|他晚到了十分钟，一进门就往椅背上一靠。}
你问起学校，他撇撇嘴：
“学校没意思。反正去了也是干坐着。” #speaker:li
+ [“你说‘没意思’，能多说一点吗？是上课听不进去，还是在学校跟谁处得不舒服，还是别的什么？” #technique:clarification #phase:assessment #quality:best]
    澄清：把“没意思”这种笼统的说法变具体。给出几个方向，又留出“别的什么”，他可以自己选，也可以另说，并没有把答案塞给他。 #feedback
    ~ trust = MIN(trust + 1, 3)
    “……数学初二就跟不上了。上学期陈老师当着全班说我‘拖班级后腿’。从那以后，去不去都一样。” #speaker:li
    “强哥他们至少不嫌我。” #speaker:li
    -> consent
+ [“那你想不想换个学校？区里有所职校，篮球队挺有名，课也没那么紧。换个环境、换一拨同学，重新开始，说不定就有意思了。” #technique:suggestion #phase:assessment #quality:weak]
    建议提得太早：你还没弄清“没意思”指的是什么，就给出了办法，也打断了他自己的思考。先澄清、了解，到计划阶段再一起商量办法。 #feedback
    “换哪儿还不都一样。” #speaker:li
    后来他零零碎碎提到数学跟不上、被老师当众批评过，但不肯多说。
    -> consent
+ [“没意思也得去啊，不读书你以后能干什么？” #technique:advice #phase:assessment #quality:harmful]
    又是说教。预估阶段的任务是收集资料、理解他，而不是评判他。“没意思”背后是什么你还不知道，应该先澄清。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “你看，又来了。” #speaker:li
    后来他零零碎碎提到数学跟不上、被老师当众批评过，但不肯多说。
    -> consent
+ [“是挺没意思的，我上学那会儿也这么觉得。” #technique:self-disclosure #phase:assessment #quality:weak]
    这样的自我披露只是附和，没有给他任何可参考的东西，也让你错过了了解“没意思”背后原因的机会。自我披露要有目的、简短，然后把话题交还给他。 #feedback
    “是吧。” #speaker:li
    话题就停在了那儿。后来他零零碎碎提到数学跟不上、被老师当众批评过，但不肯多说。
    -> consent

= consent
说着说着，他又提到家里：
“我爸一回来就吼，我妈就哭。还不如在外面待着。” #speaker:li
你想，要弄清问题，光听他一个人说还不够。
+ [“你的事你自己最清楚，我听你说就够了，不用去找你家里和学校。” #technique:information #phase:assessment #quality:weak]
    只听一方的说法，资料单一，很难分清问题的表现和根源，也看不到家庭和学校里能动用的资源。预估应当多渠道收集资料、相互印证，同时事先征得他的同意。 #feedback
    他明显松了口气。
    可两周后，李妈妈自己找到了社工站，一进门就哭。你这才意识到，只听一边远远不够。这一次，你先问过小李，他同意你去家里，也同意你给陈老师打电话。
    -> home
+ [不跟他商量，当天下午直接给陈老师打电话，反正学校迟早要联系。 #phase:assessment #quality:harmful #critical:informed-consent]
    联系学校本身没错，错在绕过了他。他是服务对象，和学校、家庭的接触都应先征得他同意。绕开他做事，一旦被他知道，刚建立的信任就塌了。 #feedback
    ~ trust = MAX(trust - 2, 0)
    第二天，陈老师在班上说了一句“社区的人打电话来问你的情况”。下次见面，他一进门就沉着脸：
    “你找我们老师了？你凭什么？” #speaker:li
    你向他道了歉。僵了很久，他才勉强同意你去家里看看。
    -> home
+ [“接下来我会去你家跟你爸妈聊一次，也会给陈老师打个电话，听听他们怎么看。这是我们了解情况的正常程序，每个个案都这么做，你不用管，也不用担心，我心里有数。” #technique:information #phase:assessment #quality:weak]
    告知了，却没有征求同意。“你不用管”恰恰把他排除在自己的事情之外。更好的做法是说明为什么要去、会谈什么、不谈什么，并听听他的意见。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “哦。” #speaker:li
    -> home
+ [“家里和学校看起来对你影响都挺大。我想去你家跟你爸妈聊一次，也给陈老师打个电话。你跟我说的事，我不会转述。你同意吗？有没有什么是你不希望我提的？” #technique:information #phase:assessment #quality:best]
    预估要从多个渠道收集资料、相互印证：服务对象本人、家庭、学校。联系家人和学校之前征得他同意，说清你会谈什么、不谈什么，是对他自决权的尊重，也让他看到你说话算话。 #feedback
    ~ trust = MIN(trust + 1, 3)
    “……别跟陈老师说强哥的事。也别让我爸知道我去台球厅，不然他真会揍我。” #speaker:li
    “好，这两件我都不提。” #speaker:worker
    -> home

= home
周日晚上，你去家访。两室一厅的老房子，李爸爸刚跑车回来，在阳台上抽烟；李妈妈给你倒了茶。小李说他不想在场，关上了自己房间的门。
没聊几句，两人就吵了起来。
“这孩子就是欠管！我一年到头在外面跑车，家里全靠她。她倒好，要钱给钱，逃学了还帮他写假条！” #speaker:father
“我不管谁管？你一回来就骂，去年冬天还动了手……孩子现在都不敢回家了！” #speaker:mother
“我那是为他好！” #speaker:father
+ [等两人停下来，说：“我听得出来，两位都很着急，也都在用自己的办法拉小李一把。李师傅在外面跑车撑着这个家，李妈妈天天操心他吃饭上学。能不能请两位各自说说，你们眼里的小李，最近是什么样子？” #technique:empathy #technique:focusing #phase:assessment #quality:best]
    先同理两人的焦急和付出，不评判谁对谁错，再把话题从“互相指责”收回到小李身上。家访是预估的一部分，目的是了解家庭怎样影响他，而不是当裁判。 #feedback
    ~ parents_engaged = MIN(parents_engaged + 1, 2)
    李爸爸掐了烟，沉默了一会儿。
    “他小学的时候篮球打得可好了，校队的。这两年……我跟他说不上话。” #speaker:father
    “这两年我们俩老为钱吵。他就是从初二下学期开始不去学校的。” #speaker:mother
    -> teacher
+ [“李师傅说得对，孩子就得有人管得住，当妈的不能太惯着。” #technique:advice #phase:assessment #quality:harmful]
    站到一方去，等于宣布另一方“错了”。李妈妈以后在你面前会有所保留，家庭工作也少了一个合作者。社工要同时接纳两位家长，保持中立，先了解，不评判。 #feedback
    李妈妈低下头，不再说话。李爸爸倒是说了很多，大多是“这孩子不争气”。
    你只零星了解到：夫妻俩这两年常为钱吵架；小李从初二下学期开始逃学；他小学时篮球打得不错。
    -> teacher
+ [打断两人：“二位先别吵了，这样吵下去解决不了问题，孩子在里屋也听得见。咱们今天时间有限，我主要是来了解小李的情况的：他什么时候开始不去学校，在家都干些什么，平时跟谁来往？一个一个来，先说说是从什么时候开始的。” #technique:listening #phase:assessment #quality:weak]
    急着打断，两位家长的情绪没被听见，只会憋着。而且他们的争吵本身就是重要的资料：家里平时是什么气氛，小李每天面对的是什么。先听，再引导。 #feedback
    两人都不吭声了，之后的回答都很简短。
    你只零星了解到：夫妻俩这两年常为钱吵架；小李从初二下学期开始逃学；他小学时篮球打得不错。
    -> teacher
+ [朝李妈妈点点头：“您真是太不容易了，摊上这么个情况，真可怜。” #technique:empathy #phase:assessment #quality:weak]
    这是同情，不是同理：你站到了李妈妈一边，把她放在“可怜人”的位置上，李爸爸也听出了你的立场。同理是理解每个人的感受，让对方觉得被理解，而不偏向任何一方。 #feedback
    李爸爸哼了一声，起身又去了阳台。
    你只零星了解到：夫妻俩这两年常为钱吵架；小李从初二下学期开始逃学；他小学时篮球打得不错。
    -> teacher

= teacher
第二天，你给班主任陈老师打了电话。
“我们是毕业班，离中考就剩半年。他一个人拉低全班平均分不说，打架还得我去派出所领人。我已经跟学校建议了：要么给处分，要么让他转学，实在不行就送专门学校。” #speaker:teacher
+ [“陈老师，恕我直言：当着全班点名批评、动不动就请家长、再记个处分，对小李这样在家里已经挨够了骂的孩子，只会把他越推越远。这不是教育该有的态度，学校得先把做法改一改，我们社工站才好配合。” #technique:confrontation #phase:assessment #quality:weak]
    还没有任何合作基础就直接对质，老师只会觉得被指责，以后很难再把学校变成资源。先理解她的压力、问清事实，再慢慢找合作的空间。 #feedback
    “那你们社区来教育他试试？” #speaker:teacher
    电话很快就挂了。你只记下了：缺勤从初二下学期开始，这学期一周缺两三天。
    -> diagnose
+ [“陈老师，听得出来您压力很大，带毕业班还要处理这些事。想跟您请教几件具体的：他大概什么时候开始缺勤，现在一周缺几天？在学校有没有跟他处得还行的同学或老师？他有没有哪方面表现还不错？” #technique:empathy #technique:clarification #phase:assessment #quality:best]
    先体谅老师的压力，再用具体的问题收集事实：缺勤从何时开始、频率多少，他在学校有哪些关系和长处。老师是重要的资料来源，也是以后可以合作的资源。 #feedback
    “初二下学期开始的，这学期平均一周缺两三天。体育倒是好，篮球打得不错。跟同桌小王还说得上话。” #speaker:teacher
    她叹了口气。
    “说实话，他要真能回来好好上课，我也不是非要赶他走。” #speaker:teacher
    -> diagnose
+ [“我理解。这样的学生确实影响班级，转学也许对大家都好。” #technique:suggestion #phase:assessment #quality:harmful]
    原因还没弄清，就附和“转学”，等于帮学校把他往外推。社工在这里应当为服务对象的利益发声（倡导者的角色），先收集事实，再谈办法。 #feedback
    “那您也跟学校说说？” #speaker:teacher
    你含糊地应付过去，只记下了：缺勤从初二下学期开始，这学期一周缺两三天。
    -> diagnose
+ [“他跟我说了，他逃学其实是跟着一个叫强哥的人去台球厅，您可以多留意一下。” #technique:information #phase:assessment #quality:harmful #critical:confidentiality]
    强哥的事是小李私下告诉你的，也不涉及人身安全。把它转告老师，违反了保密原则；等他知道了，你在他那里就没有信用了。 #feedback
    ~ trust = MAX(trust - 1, 0)
    第二天，陈老师把小李叫到办公室，追问强哥的事。这事很快就传到了他耳朵里。
    -> diagnose

= diagnose
资料收集得差不多了。你坐在社工站，整理这几周的记录。
+ [把问题归结为“父母不称职”，打算重点给两位家长上家庭教育课。 #phase:assessment #quality:weak]
    家庭确实是重要原因，但只抓这一条，就看不到同伴的拉拢和学业上的挫败，也看不到小李自己的力量。预估要从多个系统找原因，同时看到优势。 #feedback
    -> planning.goals
+ [用生态系统的视角写预估：问题的表现（逃学、打架）；成因（父亲常年在外、回家多打骂，母亲焦虑又溺爱，夫妻常争吵，家里的关爱缺了位；辍学的大龄同伴在拉拢他；数学跟不上，在班上被贴了标签）；他的能力和资源（篮球好、讲义气、心疼妈妈，陈老师没有完全放弃）；需要和优先顺序。下次会谈先跟小李核对。 #phase:assessment #quality:best]
    好的预估把问题的表现和根源分开，把个人、家庭、学校、同伴几个系统放在一起看，也把他的优势和身边的资源写进去。和他本人核对，既检验了判断，也让他参与到自己的事情里来。 #feedback
    下一次见面，他把你写的几条看了很久。
    “……写得还挺准。篮球那条你咋知道的？” #speaker:li
    -> planning.goals
+ [资料够了，报告就不写了，直接给他报名社区篮球队，下周就开始训练。 #phase:intervention #quality:harmful]
    跳过计划就开始介入：没有和他商量好的目标，没有服务协议，而且又是替他做决定。预估之后，要先和他一起制订计划。 #feedback
    周六，他没去篮球队。阿杰打电话来问人呢，你这才回过头来，跟他坐下来商量计划。
    -> planning.goals
+ [写下诊断：“服务对象品行问题严重，自控力差，受社会不良青年影响，建议加强管教。” #phase:assessment #quality:harmful]
    这是贴标签，不是预估：只描述了表面行为，把原因全归到他个人身上，看不到家庭和学校的影响，也没有写一条优势和资源。记录也应当先写事实，再写推断。 #feedback
    -> planning.goals

// ──────────────────────────── PLANNING ────────────────────────────
=== planning ===

= goals
第四次会谈，你们要商量接下来的三个月怎么走。 #phase:planning
{trust == 0: 他一直低着头，回答多半是“嗯”和“随便”。}
+ [拿出打印好的计划书：“目标我都帮你定好了：每天按时上学，不打架，不去台球厅，不跟强哥来往。你签个字就行。” #technique:suggestion #phase:planning #quality:harmful]
    替他定目标，是计划阶段最典型的错误：这些都是大人想要的，不是他想要的，他没有理由为之努力。目标要和他一起商量。 #feedback
    ~ trust = MAX(trust - 1, 0)
    他看都没看。
    “你们定好了还问我干嘛。” #speaker:li
    你只好把计划书收起来，重新问他想要什么。他憋了半天才说：想让爸别老吼，想回学校，但怕跟不上。
    -> smart
+ [“目标先不谈了，下周我带你去篮球队看看，先动起来再说。” #technique:suggestion #phase:intervention #quality:weak]
    还没定目标、没有计划就开始介入，是顺序上的错误：做什么、为什么做、做到什么程度算成功，都无从谈起。先和他一起定目标，再安排行动。 #feedback
    “先动起来”的那个周六，他没有出现。你只好回过头来，重新问他想要什么。他憋了半天才说：想让爸别老吼，想回学校，但怕跟不上。
    -> smart
+ [“接下来三个月，你自己最希望哪些地方变得不一样？就说你真想要的，不用说大人爱听的。” #technique:focusing #phase:planning #quality:best]
    目标要和服务对象一起定，而不是替他定。对焦：把讨论聚到“他自己最想要什么改变”上，计划才有他自己的动力。 #feedback
    ~ trust = MIN(trust + 1, 3)
    “……想让我爸别一回来就吼。” #speaker:li
    “其实我也不想一直不去学校，就是数学落下太多，去了就是干坐着。还有，别让陈老师老点我名。” #speaker:li
    -> smart
+ [“你爸妈都希望你中考能考上高中，那我们就把这个定成目标吧。” #technique:suggestion #phase:planning #quality:harmful]
    这是父母的目标，不是他的；而且对一个一周缺课两三天的孩子，一步到位太难了。先听他自己想要什么，再一起定出够得着的目标。 #feedback
    “那你们定吧。” #speaker:li
    你只好换个问法，重新问他想要什么。他憋了半天才说：想让爸别老吼，想回学校，但怕跟不上。
    -> smart

= smart
接下来要把这些愿望变成能检查的目标，再商量用什么办法。你先请他给现在的自己打个分，1到10分，他写了个“3”。
+ [“目标就写‘好好学习，改掉坏毛病’吧，大方向对就行。” #technique:suggestion #phase:planning #quality:weak]
    这样的目标没法衡量，三个月后也说不清做到了没有。SMART目标要具体、可衡量、有时限，比如“一个月内每周到校至少四天”。 #feedback
    他没意见，反正也没什么可反对的。后来你们把目标改成了“每周到校至少四天”，他选了篮球队。
    -> contract
+ [“我已经帮你报了篮球队，每周六上午，必须去。” #technique:advice #phase:planning #quality:harmful]
    同伴小组是好资源，但“已经报了、必须去”是强加。忠告要留给真正严重的危害；参加什么活动，应当说明理由，让他自己决定。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “凭什么？” #speaker:li
    你只好退一步，说先去看一次再决定。他勉强答应了。
    -> contract
+ [“‘回学校’我们说具体点，定一个你够得着的：先做到每周至少去四天，一个月后再看能不能全勤。数学，我可以帮你联系社区的课业辅导。另外，社区周六有个篮球队，还有个音乐小组，都是跟你差不多大的孩子。我提篮球，是因为你爸和陈老师都说你打得好，在那儿也能认识些新朋友。你可以先去看一次，不喜欢就换。你觉得呢？” #technique:suggestion #phase:planning #quality:best]
    好的建议是商量式的：说明理由，给出选择，把决定权留给他。目标也符合SMART原则：具体（到校天数）、可衡量、够得着、与他的愿望相关、有时限（一个月、三个月）。 #feedback
    “篮球……可以试试。音乐就算了。” #speaker:li
    -> contract
+ [“那目标就定成：从下周一开始全勤，一天都不能缺。” #technique:suggestion #phase:planning #quality:weak]
    具体是具体了，却不“可实现”：从一周缺两三天一下子跳到全勤，第一周做不到，他就会觉得自己又失败了。目标要一步步来，先定够得着的。 #feedback
    “……行吧。” #speaker:li
    后来你们把目标改成了先做到“每周至少四天”。他选了篮球队。
    -> contract

= contract
计划的草稿有了：总目标是三个月内回到正常上学、家里少些争吵；子目标包括到校天数、不再打架、每周参加篮球队；每周一次个别会谈，每月两次家庭会谈；每次会谈结束时留一个小任务，下次开头先回顾。
+ [只请父母签字就行，孩子未成年，签了也不算数。 #phase:planning #quality:weak]
    监护人同意是必要的，但服务对象是小李本人。把他排除在协议之外，计划就又成了“大人给他定的规矩”。应当让他参与协商，一起签字。 #feedback
    ~ trust = MAX(trust - 1, 0)
    他知道以后，只说了一句：
    “反正我说了也不算。” #speaker:li
    -> intervention.task
+ [口头说好就行，签字太正式，会吓着他。 #phase:planning #quality:weak]
    书面协议不是为了吓人，而是把目标、责任和安排写清楚，双方都有据可依，也让他感到这件事是认真的。可以用他看得懂的话来写，但不能省。 #feedback
    几周后，李爸爸说他从没答应过每月两次家庭会谈，你才发现当初大家理解的并不一样。
    -> intervention.task
+ [约小李和父母一起来社工站，把服务协议一条一条过一遍：目标，内容和方法，会谈的时间、地点和次数，三个月的期限，双方的权利和责任，保密原则和例外。有疑问当场提，最后小李、父母和你一起签字。 #phase:planning #quality:best]
    服务协议要写清目标、内容和方法、双方的权利与义务、时间地点期限和次数，由双方签字。小李未成年，父母要知情同意，但他本人也要参与、签字：这是他的计划。 #feedback
    ~ parents_engaged = MIN(parents_engaged + 1, 2)
    “每月两次？我跑车，哪有那么准的时间。” #speaker:father
    商量下来，家庭会谈改在李爸爸回家的周日晚上。小李在协议上签了名，字写得很用力。
    -> intervention.task
+ [不用专门开会了，协议里的内容上次家访时都跟一家人口头说过，大家也都点了头。下周直接开始第一次家庭会谈，在会谈里边做边定；等大家熟了、安排也稳了，再把书面协议补签上也不迟，免得一上来就太正式。 #phase:intervention #quality:weak]
    没有达成协议就开始介入：目标、分工、次数都没定下来，家庭会谈很容易变成又一次吵架。先把计划谈定、签好协议，再进入介入。 #feedback
    第一次家庭会谈开始前，三个人连“为什么要来”都说法不一。
    -> intervention.task

// ────────────────────────── INTERVENTION ──────────────────────────
=== intervention ===

= task
第一周的小任务是：至少去学校四天，每天晚上在小卡片上给自己打个勾。 #phase:intervention
下一次会谈，他把卡片推了过来，上面有三个勾。
“去了三天。周五没去……那天早上我爸回来了，又吵起来，我就跑出去了。” #speaker:li
他说完盯着你，像在等你发火。
+ [“说好四天，怎么又差一天？周五那天你到底去哪儿了，跟谁在一起，几点回的家？” #technique:clarification #phase:intervention #quality:weak]
    一上来就盯着没做到的那一天，还带着质问的口气。回顾任务时要先看到进步，再一起探讨困难，而不是审问。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “就知道你要问这个。” #speaker:li
    -> family
+ [“不管家里吵成什么样，上学是你自己的事，不能拿这个当借口。” #technique:advice #phase:intervention #quality:harmful]
    他主动说出周五没去的原因，本来是信任的信号，你却用说教来回应。家里的争吵正是你们要一起处理的问题，不是他的借口。 #feedback
    ~ trust = MAX(trust - 1, 0)
    他把卡片收了回去，半天没说话。
    -> family
+ [“太棒了！你真厉害！继续保持！” #technique:encouragement #phase:intervention #quality:weak]
    空洞的夸奖，他自己都不信。鼓励要具体：指出他做到了什么、是怎么做到的，他才知道下次还能怎么做。 #feedback
    “才三天，有什么厉害的。” #speaker:li
    -> family
+ [“三天，比以前一周一两天多了不少。这三天你是怎么让自己出门的？” #technique:encouragement #phase:intervention #quality:best]
    鼓励要落在具体的积极行为上：先肯定他做到的三天，再请他说说是怎么做到的，他就能看见自己的力量。周五的事可以接着谈，但不从责备开始。 #feedback
    ~ trust = MIN(trust + 1, 3)
    “……定了个闹钟。我妈还把早饭放桌上了。” #speaker:li
    他的嘴角动了一下。后来你们接着聊了周五：家里吵起来的时候，除了跑出去，他还能去哪儿。他说，也许可以来活动室。
    -> family

= family
第一次家庭会谈，周日晚上，在社工站。
{parents_engaged == 0: 李爸爸晚到了半小时，一进门就低头看手机。}
李爸爸没说两句就提高了嗓门：
“我就一句话：他再逃学，我腿给他打断！” #speaker:father
小李站起来就要走。
“你看你，又来了！” #speaker:mother
+ [转向小李：“你爸也是为你好，你就不能体谅一下他吗？” #technique:advice #phase:intervention #quality:harmful]
    家庭会谈里站到父母那边，小李会觉得你和他们是一伙的，刚建立的信任就动摇了。家庭会谈里，社工要让每个人都被听见。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “行，都是我的错。” #speaker:li
    -> safety
+ [“我先给两位讲讲背景：根据埃里克森的心理社会发展理论，青少年正处在同一性对角色混乱的阶段，特别需要被认可、被尊重；而两位的教养方式，按鲍姆林德的分类，一个属于专制型，一个属于溺爱型，研究表明，这两种方式都容易让孩子在家里待不住、往外跑……” #technique:information #phase:intervention #quality:weak]
    信息没错，可满口术语，两位家长听得云里雾里，还觉得被上了一课。提供信息要照顾对方的知识背景和接受程度，用家常话说。 #feedback
    “你就说我们该怎么办吧。” #speaker:father
    -> safety
+ [先请小李坐下，再对李爸爸说：“李师傅，我听得出您是急了。这个年纪的孩子，很多都是越被吼越往外跑，不是不在乎，是在家待不住。今天我们试个办法：每个人说话都用‘我’开头，说自己的感受和希望，不说‘你总是……’。李师傅，您愿意先来吗？” #technique:information #technique:suggestion #phase:intervention #quality:best]
    用家长听得懂的话提供信息（青春期孩子面对吼骂常见的反应），再提出一个具体、当场就能试的沟通办法，并征求他们的意见。这是介入中的教育者和使能者角色。 #feedback
    ~ parents_engaged = MIN(parents_engaged + 1, 2)
    李爸爸憋了好一会儿。
    “我……我是怕他走歪了。我小时候就没人管，瞎混了好几年。” #speaker:father
    小李愣住了，第一次抬头看他爸。
    -> safety
+ [请父母先出去，单独和小李谈；以后家庭会谈都改成个别会谈。 #phase:intervention #quality:weak]
    回避了冲突，也放弃了计划里的家庭工作。家里关爱缺位是小李问题的根源之一，只做个别辅导是治标不治本。冲突出现的时候，恰恰是帮这个家学会沟通的时机。 #feedback
    ~ parents_engaged = MAX(parents_engaged - 1, 0)
    小李松了口气。可回到家，一切照旧。
    -> safety

= safety
第五周的周四，小李比约好的时间来得早。他一直在抖腿。
“强哥说周六晚上跟另一伙人在河边工地‘约架’，让我也去，还让我带把刀……说不去就是不讲义气。” #speaker:li
{secret_promise: “你答应过的，我说什么你都不往外说。”|“这事你可别跟我爸妈说。”} #speaker:li
+ [“谢谢你告诉我，这说明你心里也觉得不对劲。有件事我必须很认真地跟你说：带刀去打群架，很可能有人重伤，甚至出人命，你也可能要负法律责任。所以周六你不能去。这件事我不能当没听见：今天就要让你爸妈知道，也要告诉社区民警，免得有人受伤。你想想，怎么跟你爸妈说你最能接受？要不要我陪你一起说？” #technique:advice #technique:empathy #phase:intervention #quality:best]
    这正是该用忠告的时候：事关人身安全，要明确指出危害和必须采取的行动。同时先肯定他愿意说出来，并让他参与决定怎样告诉父母。保护安全，是保密的例外。 #feedback
    { secret_promise:
        可你在接案时承诺过“绝对保密”，现在不得不打破它。这就是不该许下做不到的承诺的原因。 #feedback
        ~ trust = MAX(trust - 2, 0)
        “你骗我！你明明说过什么都不会说！” #speaker:li
        他摔门走了。那天晚上，你还是和他父母、社区民警都通了气。周六，他被留在了家里。
    - else:
        “……我就知道你会这么说。你第一次就讲过，有危险的事不保密。” #speaker:li
        他沉默了很久。
        “那你陪我跟我妈说。我爸那边……你来说。” #speaker:li
        那天晚上，你陪他和父母谈了，也和社区民警通了气。周六，他留在了家里。
    }
    -> after_safety
+ [先嘴上答应他，等他走了，立刻给他爸妈和派出所打电话。 #phase:intervention #quality:harmful]
    通知家长和民警是对的，安全问题必须处理；错在当面一套、背后一套。保密的例外应当坦白告诉他，并尽量让他参与决定怎么处理。 #feedback
    ~ trust = MAX(trust - 1, 0)
    { secret_promise:
        ~ trust = MAX(trust - 1, 0)
    }
    周六，他被留在了家里，没有出事。可他很快就知道了是你打的电话。
    “你当面一套，背后一套。” #speaker:li
    -> after_safety
+ [“你怎么还跟他们混在一起？早跟你说过那些人不是好东西，你就是不长记性！” #technique:advice #phase:intervention #quality:harmful]
    忠告要针对危害、指向必须采取的行动，而不是数落他。他冒着挨骂的风险来告诉你，换来的却是指责。下次再遇到危险，他还会来找你吗？ #feedback
    ~ trust = MAX(trust - 1, 0)
    他扭头就走。你随即通知了他父母和社区民警。周六，他被父亲关在家里，没有出事。
    -> after_safety
+ [“好，我不说。不过你自己一定当心，能不去就别去。” #technique:advice #phase:intervention #quality:harmful #critical:safety]
    有人可能带刀群殴，这属于保密的例外，社工必须采取行动，保护他和其他人的安全。“你自己当心”把风险全留给了一个十五岁的孩子。 #feedback
    ~ fight = true
    ~ trust = MAX(trust - 1, 0)
    周六晚上，有居民报了警。民警赶到时，两伙人已经动了手，有个男孩被划伤。小李跑掉了，第二天被父亲带到派出所做了笔录。
    “你当时要是拦我一下……” #speaker:li
    -> after_safety

= after_safety
{ trust == 0:
    -> dropped.gone
}
{ secret_promise && not fight:
    -> repair
}
-> group

= repair
下一次会谈，他来了，却坐在离你最远的地方。
“你就是个骗子。” #speaker:li
+ [“我是为了你好，换了谁都会这么做。” #technique:advice #phase:intervention #quality:weak]
    “为你好”是在替自己辩护，没有承认许下错误承诺的责任，也没有接住他的愤怒。修复关系，要先真诚认错、接纳情绪，再重新讲清保密的界限。 #feedback
    “你们都这么说。” #speaker:li
    -> group
+ [“你说得对，当初我不该答应你‘什么都不说’。那是我做不到的承诺，是我的错。我应该一开始就告诉你：会有人受伤的事，我一定会管。你生我的气，是有道理的。” #technique:empathy #phase:intervention #quality:best]
    真诚是专业关系的基础之一。坦白承认自己的错，重新讲清保密的界限，同时接纳他的愤怒，关系才有机会修复。 #feedback
    ~ trust = MIN(trust + 1, 3)
    他看了你很久。
    “……下次别再骗我就行。” #speaker:li
    -> group
+ [“我理解你的感受，你现在一定很难受，觉得被我出卖了。其实我也很难受，这几天都没睡好，一直在想那天是不是该换个做法，跟督导也聊了好几回，心里一直不踏实……” #technique:empathy #phase:intervention #quality:weak]
    同理时掺进了自己的情绪，焦点就转到了你身上，他反倒要来照顾你的感受。同理是说出他的感受，同时真诚地承认自己的责任。 #feedback
    他皱着眉头，没接话。
    -> group

= group
{fight: 派出所那件事之后，陈老师又一次提出让他转学。好在李妈妈坚持让他继续来社工站。}
第七周。篮球队的志愿者阿杰给你打来电话：
“小李投篮是真准。不过上周六有个队员撞了他一下，他差点一拳挥过去，被我拉住了。” #speaker:coach
会谈时，小李先开了口：
“篮球队都是一帮小屁孩，没意思。上周还有人故意撞我，阿杰还让我别计较，凭什么？我不去了。” #speaker:li
+ [“你刚才说了三件事：队里的人幼稚，上周打比赛被人故意撞了一下，阿杰还让你别计较。这几件事搁一块儿，确实憋屈。我想先弄清楚：最让你想退出的，是哪一件？” #technique:summarising #technique:focusing #phase:intervention #quality:good]
    先用摘要把他说的几件事摆出来，再帮他对焦到最要紧的那一件。方向是对的，只是有点按部就班；如果先回应一下他被撞时的火气，效果会更好。 #feedback
    “……主要是那个人。他故意的。” #speaker:li
    你们商量了一个办法：下次再被撞，先退三步，深呼吸，再去找阿杰。他答应试试。
    -> confront
+ [“你要是现在退出，之前的努力就全白费了。做事不能半途而废。” #technique:advice #phase:intervention #quality:weak]
    为这样的事讲大道理，是忠告的误用。他需要的不是被教育，而是有人帮他看清场上发生了什么、以后怎么应对。 #feedback
    “又来了。” #speaker:li
    他后来还是去了，但总是站在场边。
    -> confront
+ [“那就不去了吧，你不喜欢就算了，反正是自愿的。” #technique:listening #phase:intervention #quality:weak]
    只听了表面那句“没意思”，就顺着他放弃了。被撞、被要求“别计较”，才是他想退出的真正原因。倾听要听出话背后的东西，而不是一味附和。 #feedback
    他松了口气。可两周后，阿杰告诉你，他周六又去了台球厅。
    -> confront
+ [“我上初中时也在球队里跟人红过脸。后来发现，在场上能忍住那口气的人，反倒更让人服气。这只是我的经历。你那天在场上，心里是什么感觉？” #technique:self-disclosure #phase:intervention #quality:best]
    自我披露用得恰当：简短，和他的处境相关，只作为参考，说完马上把话题交还给他。 #feedback
    ~ trust = MIN(trust + 1, 3)
    “……他故意撞我，我就想还回去。以前在外面都是这样。” #speaker:li
    “可阿杰说我是队里投篮最准的。” #speaker:li
    那天你们商量了一个办法：下次再被撞，先退三步，深呼吸，再去找阿杰。他答应试试。
    -> confront

= confront
第九周。李妈妈打来电话，说上周六打完球，小李又跟强哥他们去了台球厅，快十二点才回家。
会谈时，小李主动说：
“强哥那帮人我早不跟了，真的。” #speaker:li
+ [先不跟他提。会后让李妈妈没收他的手机，周末不许出门。 #phase:intervention #quality:weak]
    绕开他去找家长“加强管控”，他迟早会知道，信任会受损；管得越紧，他越可能往外跑。矛盾应当在会谈里和他一起面对。 #feedback
    ~ trust = MAX(trust - 1, 0)
    手机被没收的第二天，他翻窗出去了一整夜。
    -> review
+ {trust >= 2} [“没关系，你愿意跟我说你不跟他们了，这就是进步。” #technique:encouragement #phase:intervention #quality:weak]
    这是空洞的肯定，还回避了明摆着的矛盾，他和强哥之间的拉扯也就没处说了。在有信任的基础上，可以试探着把不一致的地方摆出来。 #feedback
    “嗯。” #speaker:li
    -> review
+ {trust < 2} [“你说不跟他们来往了。要从一帮认识好几年的人那儿抽身，估计没那么简单吧？他们最近还找你吗？” #technique:empathy #technique:listening #phase:intervention #quality:good]
    关系还不够牢，先不急着把矛盾摆出来：你用同理接住他“想抽身”的那一面，再用开放的问题请他说说和强哥那帮人之间的拉扯。信任攒够了，再试探着对质。 #feedback
    ~ trust = MIN(trust + 1, 3)
    “……找。周六打完球，他们就在球场外头等着。我不去，他们就说我现在跟社工混，看不起人。” #speaker:li
    他没提台球厅，可这是他头一回主动说起强哥那边的事。你们约好：下次再被叫，先想好怎么推。
    -> review
+ [“别骗我了。你妈都跟我说了，你周六又跟强哥去了台球厅。” #technique:confrontation #phase:intervention #quality:harmful]
    生硬地“揭穿”，把对质变成了审问，还把李妈妈也卖了出去。对质要试探着提，带着关心，只摆事实、不下判断，而且要先有足够的信任。 #feedback
    { trust == 3:
        ~ trust = 1
        他摔门走了。好在你们之前的关系还算结实，下一周他还是来了，只是一直不怎么说话。
        -> review
    }
    他的脸一下子沉了下来。
    “你跟我妈一起盯着我，是吧？” #speaker:li
    -> transfer.request
+ {trust < 2} [“我注意到，你说已经不跟强哥他们来往了；可李妈妈说，上周六晚上你又去了台球厅。这两件事放在一起，我有点想不明白。你愿意跟我说说是怎么回事吗？” #technique:confrontation #phase:intervention #quality:weak]
    话是试探着说的，可时机不对：你们之间的信任还不够，他听到的只是“我被盯着”。对质要以接纳、尊重和信任为前提；关系还不牢时，先继续建立关系。 #feedback
    他的脸一下子沉了下来。
    “你跟我妈一起盯着我，是吧？” #speaker:li
    -> transfer.request
+ {trust >= 2} [“我注意到，你说已经不跟强哥他们来往了；可李妈妈说，上周六晚上你又去了台球厅。这两件事放在一起，我有点想不明白。你愿意跟我说说是怎么回事吗？” #technique:confrontation #phase:intervention #quality:best]
    对质用在了对的时候：你们之间已经有了信任，你用的是试探的语气，只摆出前后不一致的事实，不下结论，也给他留出解释的空间。 #feedback
    ~ trust = MIN(trust + 1, 3)
    他半天没说话。
    “……打完球，他们在群里叫我。我不去，他们就说我怂了，攀上高枝了。” #speaker:li
    “篮球队的人打完球就各回各家。强哥他们……至少一直都在。” #speaker:li
    “所以离开他们，你怕的其实是又剩下自己一个人。” #speaker:worker
    他点了点头，眼圈有点红。
    -> review

= review
第十周，你和小李一起做中期回顾。
{
- parents_engaged >= 2: 这几周的家庭会谈一次没落下，李爸爸还破天荒地去看了一场篮球队的比赛。
- parents_engaged == 1: 家庭会谈开了三次，李爸爸缺了两次。
- else: 家庭会谈基本没开起来，李爸爸总说忙。
}
服务记录显示：最近五周，他每周到校四天左右；六周没在学校打架；篮球队一次没缺。不过强哥还是时不时在群里叫他。
+ [计划就是计划，照原样执行到底，不用调整。 #phase:intervention #quality:weak]
    计划是行动的指南，不是一成不变的。介入中要观察服务对象的反应，效果不好的地方及时调整，比如家庭会谈的时间，还有强哥那边的持续拉拢。 #feedback
    剩下几周，家庭会谈还是常常凑不齐人。
    -> evaluation.method
+ [和小李一起翻看这几周的打勾卡片和服务记录，看哪些目标在推进、哪些卡住了。把家庭会谈固定在李爸爸休息的周日，把剩下几周的重点放在“怎么推掉强哥的邀约”上，再商量好下次会谈前的小任务。 #phase:intervention #quality:best]
    介入过程中要定期和服务对象一起回顾进展，根据实际情况调整方法。调整要和他商量，而不是你一个人说了算。 #feedback
    “推的话……我可以说周六有比赛。这是真的。” #speaker:li
    -> evaluation.method
+ [他都回学校了，目标差不多达到了，这周就结案吧。 #phase:closing #quality:harmful]
    跳过评估直接结案，也没有提前告诉他。他是不是真的稳定了、哪些目标还没达成，都没有核实；对一个怕“被丢下”的孩子，突然结案的打击尤其大。 #feedback
    -> closure.premature
+ [李爸爸跑长途，排班总对不上，家庭会谈约了三回只来了一回。干脆把家庭会谈取消，省下的时间都放到个别辅导上，每周见小李两次，专门练怎么推掉强哥的邀约，也省得父子俩一见面就吵，效果说不定更好。 #phase:intervention #quality:weak]
    一遇到困难就放弃家庭工作，等于放下了问题的一个根源。介入的原则之一是从愿意合作的人着手：李妈妈愿意来，时间也可以迁就李爸爸来调整。 #feedback
    ~ parents_engaged = MAX(parents_engaged - 1, 0)
    -> evaluation.method

// ─────────────────────────── EVALUATION ───────────────────────────
=== evaluation ===

= method
第十二周，三个月的服务快到期了。你需要弄清楚：这段服务到底带来了什么变化。 #phase:evaluation
+ [只听陈老师的，学校说行就行。 #phase:evaluation #quality:weak]
    老师的看法只是其中一方。小李本人的评价、家里的变化、篮球队的表现、服务过程的记录都应当纳入。评估要多方参与、多法并用。 #feedback
    ~ evaluated = true
    -> session
+ [问小李一句“你觉得自己好点没？”他说好多了，就算评估过了。 #phase:evaluation #quality:weak]
    服务对象的感受很重要，但只靠一句自评不够。评估要多种方法、多方参与，对照当初的目标和基线，比如他打的“3分”和原来的到校天数。 #feedback
    ~ evaluated = true
    -> session
+ [多方收集证据，对照当初的目标一条条看：事先告诉小李后，向学校要近三个月的考勤和违纪记录；请小李用那张1到10分的量表再给自己打一次分；请父母填满意度问卷，说说家里的变化；问问阿杰他在队里的表现；再对照服务日志，看哪些做法有用、一共投入了多少次会谈。 #phase:evaluation #quality:best]
    评估要兼顾结果和过程：考勤记录、量表、问卷、行为追踪看结果，服务日志看过程；服务对象、家人、学校、同伴小组的负责人都参与进来，结论才可信。也要看投入了多少人力和时间。 #feedback
    ~ evaluated = true
    -> session
+ [评估太费时间，按计划到期结案，结案报告里写一句“效果良好”就行。 #phase:closing #quality:harmful]
    不评估就结案，是流程上的典型错误：“效果良好”没有任何依据，也没法判断该结案、延长还是转介。而且你也没有提前告诉他。 #feedback
    -> closure.premature

= session
评估会谈。你们把数字摆在桌上：他给自己打了7分，三个月前是3分；到校从一周一两天变成了一周四五天；这一个多月没再打架。
{parents_engaged >= 1: 父母的问卷上写着：家里吵得少了。|父母的问卷只交回来一份，上面写着“还是老样子”。}
他一边看一边说：
“数学还是烂。我爸还是会吼，不过少了。强哥他们的消息我现在基本不回。下个月篮球队有比赛，阿杰让我打首发。” #speaker:li
+ [“那以后我每个月给你打个电话问问，咱们就不用专门见面了。” #technique:suggestion #phase:follow-up #quality:harmful]
    跳过结案，直接进入“跟进”：没有提前告诉他，没有一起回顾，也没有处理离别的情绪。结案要有准备、有过程，跟进是结案之后的事。 #feedback
    -> closure.premature
+ [“上学、家里、强哥那边都有进步，这些我都看到了。可数学还是不行，期中只考了四十几分，说明我们的工作还远远不够。我建议再加三个月，每周两次课业辅导，争取中考前把数学补上来。” #technique:focusing #phase:evaluation #quality:weak]
    只盯着没解决的一点，忽略了他实实在在的进步。评估要全面：哪些改善了、改善了多少，哪些没有。数学可以靠课业辅导这样的资源继续解决，不一定要靠延长个案。 #feedback
    “那我是不是怎么都不行？” #speaker:li
    -> closing.announce
+ [“我听下来大概是这样：上学从一周一两天变成了四五天；跟强哥他们的联系少了很多，你也学会了推掉他们；家里还会吵，但比以前少；数学还是最让你头疼的。我有没有漏掉什么？” #technique:summarising #phase:evaluation #quality:best]
    摘要：把他说的要点归拢起来，有进步，也有没解决的，不添加你自己的结论，最后请他补充、确认。评估时让服务对象看清自己的变化，本身就是在巩固成果。 #feedback
    “……还有，我现在是首发。” #speaker:li
    他笑了。
    -> closing.announce
+ [“总之，你已经完全变好了，以后肯定不会再逃学了。” #technique:summarising #phase:evaluation #quality:weak]
    摘要里加进了你自己的结论，还说得太满。他明明说了数学和家里还有问题，这样一总结，反而抹掉了真实的情况。摘要应当忠实地归纳他的话。 #feedback
    “……那可不一定。” #speaker:li
    -> closing.announce

// ──────────────────────────── CLOSING ─────────────────────────────
=== closing ===

= announce
你和督导一起看了评估结果：当初定下的目标大部分达到了，剩下的数学可以交给社区的课业辅导。你们认为可以结案了。 #phase:closing
+ [把会谈从每周一次慢慢拉长到两周一次、一个月一次，不用跟他解释为什么。 #phase:closing #quality:weak #close-form:intervals]
    拉长会谈间隔本身是一种结案的方式，但要跟他说清原因和安排。不解释，他只会胡乱猜，觉得自己被疏远了。 #feedback
    间隔拉长到两周以后，他发来一条消息：“你是不是不想管我了？”你这才当面把结案的安排跟他讲清楚。
    -> anger
+ [他状态这么好，正是关键时候，干脆再延长三个月，先不提结案。 #phase:closing #quality:weak]
    目标已经达到，再延长就没有明确的理由，还可能让他产生依赖。舍不得放手的，有时是社工自己，这时应当找督导谈一谈。 #feedback
    督导问你：“再延长三个月，目标是什么？”你答不上来。你这才意识到，舍不得的其实是你自己。
    在还剩三次会谈的时候，你把结案的安排直接告诉了他。
    -> anger
+ [先不告诉他，等最后一次会谈结束时再说，免得他这几周闹情绪。 #phase:closing #quality:harmful]
    不提前告知就结案，对一个怕“被丢下”的孩子伤害尤其大。正因为可能有情绪，才更要提前说，留出时间来处理。 #feedback
    -> closure.premature
+ [在还剩三次会谈时直接告诉他：“我们约定的三个月快到了，你定的目标大部分都做到了。我想跟你商量：我们再见三次，之后正式的会谈就告一段落。这三次，我们一起回顾这段时间，也把以后遇到事找谁商量好。” #technique:information #phase:closing #quality:best #close-reason:goals-met #close-form:direct]
    结案的理由是目标已经达到；提前两三次会谈直接告诉他，留出时间消化情绪、一起回顾、安排好后续的支持。 #feedback
    -> anger

= anger
他听完，半天没出声，然后一脚把椅子踢开。
“果然。反正你们都会走。早知道一开始就不来了。” #speaker:li #reaction:anger
+ [“好好好，你别生气，是我说得太突然了。我们不结了，先这么来着，你什么时候想来都行，周三下午我都在活动室；不想聊天，来打会儿球也行。结不结案的事，等你觉得准备好了，我们再说，一点都不着急，你放心。” #technique:suggestion #phase:closing #quality:weak]
    为了平息情绪就无限期延长，会强化他的依赖，也回避了他真正需要学的一课：好好告别。可以不强迫，可以降低频率，但要有明确的安排。 #feedback
    回去整理记录时，你和督导谈了谈，意识到自己是在躲他的情绪。下一次会谈，你重新跟他谈了结案的安排。这一次他没再踢椅子，只是沉默了很久。
    -> wrapup
+ [“听到要结束，你很生气，好像又一次被人丢下了。有这种感觉，我能理解，你身边好多大人都是说走就走的。我想让你知道，结束不是因为你不好，恰恰是因为你做到了自己定下的事。今天不想聊也没关系，我们还有两次。” #technique:empathy #phase:closing #quality:best]
    结案时出现愤怒，是常见的负面反应。先接纳情绪，说出他的感受，再说明结案的真正原因；不急着说服，不逼他马上接受，给他留出时间。 #feedback
    他背对着你站了很久，最后把椅子扶了起来。
    “……那还有两次，是吧。” #speaker:li
    -> wrapup
+ [“你都十五岁了，该学着独立，不能老依赖别人。” #technique:advice #phase:closing #quality:harmful]
    在他最受伤的时候说教，等于证实了“你们都一样”。结案时的愤怒需要被接纳和理解，而不是被纠正。 #feedback
    ~ trust = MAX(trust - 1, 0)
    “对，我谁都不靠。” #speaker:li
    他摔门走了。下一次，是李妈妈硬把他劝来的。
    -> wrapup
+ [“结案是机构的规定，我也没办法，你要理解。” #technique:information #phase:closing #quality:weak]
    搬出“规定”是在自我防卫，把他的情绪挡了回去，也让结案显得和他的进步毫无关系。应当先接纳他的愤怒，再说明结案是因为他达到了目标。 #feedback
    “规定。呵。” #speaker:li
    那天剩下的时间，他一句话也没说。
    -> wrapup

= wrapup
最后一次会谈。
+ [把自己的手机号给他：“以后有任何事都直接找我，我随叫随到。” #technique:information #phase:closing #quality:weak]
    “随叫随到”模糊了专业关系的界限，也容易让他只依赖你一个人。结案要帮他建立自己的支持网络：家人、老师、同学、篮球队，再告诉他有需要可以回社工站求助。 #feedback
    他收下了号码。此后一个月，他几乎每天晚上都给你发消息。
    -> followup.call
+ [由你一条一条念出他的进步清单，最后叮嘱一句：“以后好好表现，别辜负大家。” #technique:advice #phase:closing #quality:weak]
    回顾成了你的单方面总结，最后那句叮嘱又把他放回了“被教育”的位置。回顾要一起做：先请他自己说，你再补充、肯定。 #feedback
    “知道了。” #speaker:li
    -> followup.call
+ [先请他说：“这三个月，你觉得自己最大的变化是什么？什么最帮到了你？”再补上你看到的进步。然后一起写一张“遇事找谁”的卡片：陈老师、同桌小王、阿杰和篮球队、妈妈，还有社工站的电话。告诉他结案后一周、一个月、三个月你都会联系他，学校也会继续留意他的出勤。 #technique:encouragement #phase:closing #quality:best]
    回顾要让服务对象自己先说，他才会把进步看成是自己的；社工再从专业的角度肯定他的努力。同时把支持网络交到他手里：学校、同伴小组、家人。说清结案后的跟进安排，他就知道，结束不等于被丢下。 #feedback
    “最大的变化……我现在早上会自己起了。” #speaker:li
    他想了想，又说：
    “还有，我没那么想揍人了。” #speaker:li
    他把卡片折好，塞进了书包的夹层。
    -> followup.call
+ [签好结案表、写完结案记录就结束。回顾和告别就省了，免得他又难受。 #phase:closing #quality:weak]
    结案记录要写，但结案不只是填表。一起回顾、巩固改变、处理离别情绪、交代以后找谁，都是结案的任务；怕他难受而省掉，反而让结束显得更突然。 #feedback
    他在门口站了一下，像是还有话要说，最后什么也没说。
    -> followup.call

// ─────────────────────────── FOLLOW-UP ────────────────────────────
=== followup ===

= call
结案一个月了，你按约定给小李打了个回访电话。 #phase:follow-up
{parents_engaged >= 1: 前几天李妈妈在小区里碰见你，说家里安静了不少。}
“上周跟我爸又吵了一架，我第二天没去学校。不过第三天我去了。我给阿杰打了电话，他陪我投了一晚上的篮。” #speaker:li
+ [“吵完架第二天没去，第三天自己回去了，中间还记得找阿杰。能这样把自己拉回来，很不容易。下次再吵起来，你觉得还可以怎么办？” #technique:encouragement #phase:follow-up #quality:best]
    跟进时的鼓励，要肯定他独立应对的能力，再请他自己想下一次的办法，把学到的东西巩固下来。一次小反复并不等于倒退。 #feedback
    “……先去活动室待着？或者去球场。” #speaker:li
    挂了电话，你又跟陈老师确认了他这个月的出勤：只缺了那一天。你们约好，三个月时再回访一次，学校也会继续留意他。
    -> done
+ [“挺好就行。以后有事你就找陈老师和阿杰吧，我这边就不再打电话了。” #technique:suggestion #phase:closing #quality:weak]
    跟进一般安排在结案后一周、一个月、三个月，用来巩固改变、调动身边的支持、继续评估效果。提前中断，一旦出现反复就没人及时发现。 #feedback
    三个月时，陈老师说他有一阵又连着缺了几天课，好在阿杰把他拉回了球场。要是按约定回访，这个小反复本可以早点被看到。
    -> done
+ [“又跟你爸吵了？这回是为什么吵的？吵完他动手了没有？你妈当时在不在，她怎么说？陈老师知道你那天没去吗？这几天都去上学了吗？” #technique:clarification #phase:follow-up #quality:weak]
    一连串封闭式追问，焦点落在了“吵架”上，却漏掉了最重要的部分：他是怎么把自己拉回学校的。跟进时要先看到他的应对和力量。 #feedback
    “……算了，没什么。” #speaker:li
    你后来从陈老师那里才知道，他这个月只缺了那一天。
    -> done
+ [“怎么又没去？看来是结案结早了，我们得马上重新开案。” #technique:advice #phase:follow-up #quality:weak]
    反应过度了。一天没去、第二天就自己回来，说明他已经能应对；这时急着重新开案，等于告诉他“你还是不行”。需要重新开案的，是持续的反复或新出现的问题。 #feedback
    “……我就知道，我还是不行。” #speaker:li
    你后来跟陈老师核实，他这个月只缺了那一天，并不需要重新开案。你们约好三个月时再回访一次。
    -> done

= done
{
- parents_engaged >= 1: 家里还会吵，但李爸爸学会了先说“我……”，李妈妈也不再替他写假条了。
- else: 家里的变化不大。你在结案记录里写明了这一点，也请学校和居委会继续留意。
}
结案三个月后，小李还在上学。陈老师说，学校会继续关注他的出勤；周六的球场上，常能看到他的身影。 #ending:well-closed
-> END

// ─────────────────────── PREMATURE CLOSING ────────────────────────
=== closure ===

= premature
{ evaluated:
    你没有提前告诉他。快到这次会谈结束时，你说：“今天是我们最后一次了。” #phase:closing
- else:
    没有做评估，也没有提前打招呼。快到这次会谈结束时，你说：“今天是我们最后一次了。” #phase:closing
}
他愣了一下，把耳机塞回了耳朵里。
“……哦。无所谓，我本来就无所谓。” #speaker:li #reaction:denial
+ [“这太突然了，是我没有提前跟你说，这是我的问题。如果你愿意，下周我们再见一次，好好回顾一下这段时间。” #technique:empathy #phase:closing #quality:good]
    承认自己的疏失，接纳他的反应，补上一次回顾的机会，是眼下能做的最好的补救。但这些本该在两三次会谈之前就开始准备。 #feedback
    “……看情况吧。” #speaker:li
    下一周，他没有来。
    -> after
+ [“你也不小了，总不能一直靠社工吧。” #technique:advice #phase:closing #quality:harmful]
    他用“无所谓”掩饰失落，你却用说教来回应，把突然结案的责任推到了他身上。应当承认安排上的疏失，接纳他的情绪。 #feedback
    他起身就走，没有回头。
    -> after
+ [“你现在都回学校了，没什么好担心的。” #technique:encouragement #phase:closing #quality:weak]
    空泛的安慰，回避了他“无所谓”背后的失落，也没有和他一起回顾、巩固改变。 #feedback
    “嗯。” #speaker:li
    -> after

= after
两周后，陈老师打来电话。 #phase:follow-up
“小李这周又三天没来，昨天还在校门口跟人推搡。你们那边不是结案了吗？” #speaker:teacher
+ [告诉陈老师你马上联系小李和他父母，重新了解情况；需要的话重新开案，把没做的评估和结案准备补上。 #phase:follow-up #quality:good]
    跟进的意义之一，就是及时发现反复。发现问题后重新评估、必要时重新开案，是负责任的做法。但如果当初按步骤评估、提前告知，这次反复很可能可以避免。 #feedback
    你去了他家。他开了门，看了你一眼：
    “你不是不管了吗？” #speaker:li
    -> finish
+ [“这个个案已经结了，学校那边按校规处理吧。” #phase:follow-up #quality:harmful]
    结案不等于撒手不管。结案后的跟进，本来就是为了发现这样的反复；把问题推回给学校，他很可能真的被处分、转学，一步步推出校园。 #feedback
    陈老师沉默了一下，挂了电话。
    -> finish
+ [请陈老师先给他个处分，让他长长记性，等他自己来找你。 #phase:follow-up #quality:weak]
    处分也许能让他“长记性”，却解决不了让他退回老路的原因。跟进时发现反复，应当主动联系他和家人，重新评估。 #feedback
    他没有来找你。
    -> finish

= finish
一个本来有了起色的个案，在一次仓促的结案之后，又滑回了原处。 #ending:premature-close
-> END

// ──────────────────────────── DROPPED OUT ─────────────────────────
=== dropped ===

= gone
那次之后，小李再也没来。周三下午，活动室里只剩你一个人。
李妈妈在电话里说，他这几天白天出门，晚上很晚才回来，问什么都不说。
+ [他连着两次没来，电话不接、消息不回，说明他现在不需要这项服务了。尊重他的选择，不用再联系，把名额留给排队的孩子，记录里把情况写清楚就行。 #phase:intervention #quality:weak]
    他不来，多半不是不需要，而是对这段关系失望了。问题还在，强哥那边的拉拢也还在。社工应当主动表达关心，留一扇门。 #feedback
    -> looking_back
+ [连着几天打电话、发消息，还让李妈妈一定要把他带过来。 #phase:intervention #quality:harmful]
    追得越紧，他越觉得被控制，关系只会更僵。自愿参与是专业关系的基础：可以表达关心、把门开着，但不能逼他来。 #feedback
    他把你的号码拉黑了。
    -> looking_back
+ [请周主任和李妈妈帮忙带个话，再给他发一条短消息：“上次的事，你生气我能理解。周三下午我还在活动室，想来就来；不想聊，来打会儿球也行。” #technique:empathy #phase:intervention #quality:best]
    服务对象退出时，不追逼，也不放弃：承认他的情绪，把门开着，让他自己决定要不要回来。 #feedback
    过了两天，他回了两个字：“知道了。”可他还是没有来。
    -> looking_back

= looking_back
一个月过去了，他还是没有回来。你要决定怎样处理这个个案。 #phase:evaluation
+ [在记录里写：“服务对象不配合，自行脱落。” #phase:evaluation #quality:harmful]
    这是推断，而且把责任全推给了他。个案记录要先陈述事实（他是什么时候、在什么事之后不再来的），再写推断，也要反思社工自己在关系中的作用。 #feedback
    -> wind_down
+ [和督导一起翻看服务记录，评估这段服务：做到了什么，哪里出了问题（尤其是你在关系上的失误），他现在还有哪些风险。把评估写进记录，事实在前，推断在后。 #phase:evaluation #quality:best]
    服务对象中途退出，评估也不能省：改变了什么、没改变什么、原因在哪里，都要如实记录。先写事实，再写推断，也诚实面对自己的失误。 #feedback
    -> wind_down
+ [他已经脱落了，评估也问不到他本人，意义不大。不用再专门评估了，把服务记录和会谈笔记整理齐全，按脱落个案的流程直接归档，腾出时间跟进排队等了好几周的个案。 #phase:closing #quality:weak]
    跳过评估就结案，是流程上的常见错误。中途结束的个案同样要评估：哪些有效、哪些没有，以后交接或重新开案时才有据可查。 #feedback
    -> wind_down

= wind_down
你决定结束这个个案。 #phase:closing
+ [直接结案归档，不再通知他和他家里。 #phase:closing #quality:harmful]
    无声无息地结案，对一个本来就觉得“大人说走就走”的孩子，又是一次被丢下。结案要告知，要回顾，也要留下以后求助的渠道。 #feedback
    -> later
+ [给他写一封简短的信，请李妈妈转交：说明服务暂时告一段落，写下这段时间他做到的事，告诉他以后想找人聊，随时可以回社工站。再和周主任、阿杰商量，篮球队的门继续给他开着；约好一个月后请周主任帮忙了解他的近况。 #technique:information #phase:closing #quality:best]
    即使服务对象中途退出，结案也要有交代：肯定他做到的，说明以后怎样再求助，把社区里的支持（篮球队、居委会）留给他，并安排好跟进。 #feedback
    -> later
+ [让李妈妈转告他：“社工站的名额很紧，后面还有好几个孩子在排队等着。你要是下周三再不来，就当你自己放弃了，社工站就不管你了；以后想回来，得重新申请、重新排队，到时候可不一定有位置。这是站里的规定，我也没办法。” #technique:advice #phase:closing #quality:weak]
    拿“不管你了”来施压，是把忠告用成了威胁。应当让他知道服务暂时结束的原因，也知道以后随时可以回来。 #feedback
    -> later

= later
又过了一个月。 #phase:follow-up
周主任说，最近几个周六，常看见小李站在社区球场边上，看别人打球。
+ [直接去台球厅找他：当面跟他说清楚，大家都还在等他，篮球队也给他留着位置，劝他回来接受服务，顺便看看他现在跟什么人在一起。 #phase:follow-up #quality:weak]
    关心是真的，但闯进他的圈子去“劝”，会让他在强哥他们面前下不来台，也不尊重他的选择。通过他愿意接触的人和地方（阿杰、球场）保持联系更合适。 #feedback
    -> finish
+ [请周主任替你带个好，再跟阿杰说一声：他要是想上场，随时欢迎。同时告诉李妈妈，孩子哪天愿意，随时可以重新开案。 #phase:follow-up #quality:best]
    跟进，就是调动他身边的资源、继续留意他的状况，但不强求。球场边那个身影说明，社区里的支持还在起作用。 #feedback
    -> finish
+ [既然已经结案了，就不再过问。 #phase:closing #quality:weak]
    结案后的跟进能及时发现反复，也能巩固改变。他在球场边张望，正是社区资源可以接住他的时候。 #feedback
    -> finish

= finish
小李没有回到社工站。关系在最需要信任的时候断了，而这本来是可以避免的。 #ending:dropped-out
-> END

// ──────────────────────────── TRANSFERRED ─────────────────────────
=== transfer ===

= request
他站起来就往外走，到了门口又停住：
“我不想跟你谈了。要谈，你们换个人来。” #speaker:li
之后他连着两次没来。李妈妈说，他答应最后再见你一次。
+ [“上次我那么问，让你觉得被盯着、被出卖了，是我没处理好。你说想换个人，我认真想过，我尊重你的想法。你愿意说说吗，换个什么样的人，你会觉得好谈一点？” #technique:empathy #technique:clarification #phase:intervention #quality:best]
    专业关系不合适时，要接纳他的感受，承认自己的失误，尊重他的意愿。问清他希望什么样的社工，既是在为交接做准备，也是把选择权交给他。 #feedback
    “……林哥吧。他有时候也来篮球队，不会老问东问西。” #speaker:li
    -> assess
+ [“换人也没用，问题出在你自己身上。” #technique:confrontation #phase:intervention #quality:harmful]
    这是指责，不是对质，而且正发生在关系最脆弱的时候。关系出了问题，社工要先反思自己的做法，而不是把责任推给服务对象。 #feedback
    “那就更不用谈了。” #speaker:li
    最后是李妈妈传的话：他只愿意跟常来篮球队帮忙的林哥谈。
    -> assess
+ [“换人不是说换就换的，林哥手上已经有十几个孩子了，你换过去也得从头再来。我们之间有点小疙瘩，说开了就好。别闹了，下周三照常来，咱们把上次的事好好聊聊。” #technique:advice #phase:intervention #quality:weak]
    把他的要求当成“闹”，就是没把他当作能自己做决定的人。服务对象提出更换社工，是专业关系不和谐的明确信号，应当认真对待、商量处理。 #feedback
    他下周三没来。李妈妈传话说，他只愿意跟常来篮球队帮忙的林哥谈。
    -> assess

= assess
你和督导谈了这件事。 #phase:evaluation
“交接之前，先把这段服务理一理：做到了什么，没做到什么，问题出在哪里。” #speaker:supervisor
+ [交接摘要就不写了，只把原始的会谈记录和量表交给林哥，让他自己从头了解小李，省得被我的看法先入为主，见面时不带任何成见，他俩也能有个真正的新开始。 #phase:evaluation #quality:weak]
    不写评估和摘要，林哥只能从头摸索，小李也得把自己的事再讲一遍。个案记录本来就是转介和交接的依据。 #feedback
    -> handover
+ [对照服务计划评估进展：到校天数、家庭会谈、篮球队，哪些在推进，哪些还没达成；也如实写下关系是在哪里出的问题。整理成一份事实在前的交接摘要。 #phase:evaluation #quality:best]
    转给其他社工之前同样要评估：接手的人需要知道哪些做法有效、哪些目标还在路上，也要知道关系是怎么出问题的，才不会重蹈覆辙。事实在前，推断在后。 #feedback
    -> handover
+ [在摘要里写一句“服务对象抗拒、不配合”，交出去就行。 #phase:evaluation #quality:harmful]
    一句“抗拒”把责任全推给了他，还会让接手的同事先入为主。交接摘要要如实记录事实、进展和关系中的问题，包括你自己的那部分。 #feedback
    -> handover

= handover
督导同意由同事林哥接手。 #phase:closing
+ [征得小李同意后，约一次三方见面：你、林哥和小李。把目前的计划和进展交代清楚，告诉他结束的是你和他的这段工作关系，服务不会中断，家庭会谈和篮球队都照常。 #phase:closing #quality:best #close-reason:relationship]
    专业关系不和谐，是结案的正当理由之一。这时要做的是负责任的交接：征得他同意，三方见面，把计划和进展交代清楚，让服务不断线。 #feedback
    “……行。” #speaker:li
    他看了看林哥，又看了看你。
    “之前那次……也不全怪你。” #speaker:li
    -> check
+ [把整理好的档案和交接摘要直接交给林哥，电话里把重点交代一遍，让他自己去找小李：小李现在对我有气，我再出面，反而会让他对换了的人也抵触。交接的事林哥有经验，他比我更合适。 #phase:closing #quality:weak #close-reason:relationship]
    没有当面交接，小李不知道接下来会怎样，林哥也只能从一沓档案开始。结束一段关系，也要有交代、有告别。 #feedback
    -> check
+ [他不想跟我谈，那这个个案就到此为止，不用再转给谁了。 #phase:closing #quality:harmful #close-reason:relationship]
    关系不合适，可以结束你们之间的工作，但他的需要还在：学业、家庭、强哥的拉拢都没有解决。这时应当交给合适的同事，而不是让服务断掉。 #feedback
    督导没有同意：“关系不合适可以换人，服务不能断。”最后还是由林哥接了手。
    -> check

= check
一个月后。 #phase:follow-up
+ [已经交出去了，就不用再管了。 #phase:closing #quality:weak]
    交接不是甩手。一个月后和接手的同事碰一次头，确认服务接上了、资料也齐全，才是负责到底。 #feedback
    后来你听说，林哥接手以后，小李的情况慢慢稳定了下来。
    -> finish
+ [和林哥碰个头，了解交接后小李的情况，有需要就补充资料；但不绕过林哥直接去联系小李。 #phase:follow-up #quality:best]
    交接之后的跟进，是确认服务真的接上了；同时尊重新的专业关系，不越过接手的同事。 #feedback
    “他上周主动约我打球，家庭会谈也恢复了。” #speaker:colleague
    -> finish
+ [时不时私下给小李发条消息，问问他最近上学怎么样、跟家里还吵不吵，让他知道你还惦记着他，只是不告诉林哥。 #phase:follow-up #quality:weak]
    出于关心，却会干扰他和林哥之间刚建立的关系，也模糊了界限。跟进应当通过接手的同事进行。 #feedback
    小李一直没回你的消息。林哥说，他最近上学还算稳定。
    -> finish

= finish
这个个案没有在你手上走完。小李换了一位社工，继续往前走。 #ending:transferred
-> END

# title: 楼上楼下的噪音纠纷
# summary: 5号楼502张家和402李家为噪音闹到贴纸条、敲天花板、在楼道里对吵。两户各执一词：你要分别倾听、找准根源，再陪两家自己订出一份邻里噪音公约。
# minutes: 35
# lang: zh-CN
# difficulty: 3
# skills: listening, empathy, focusing, summarising, information, suggestion
# cast: zhang=张太太; zhang_gran=张奶奶; li=李先生; zhou=周老师; neighbour=陈阿姨; property=物业小吴; worker=社工（你）

// 信任 0–3；favoured：0 未站队，1 偏向张家，2 偏向李家
VAR trust_zhang = 1
VAR trust_li = 1
VAR sides_taken = false
VAR favoured = 0
VAR zhang_calm = false
VAR li_calm = false
VAR joint_blown = false
VAR owned = false

-> intake

=== function offended_trust()
{ favoured == 1:
    ~ return trust_li
}
~ return trust_zhang

// ───────────── 接案 ─────────────
=== intake ===
周一上午，幸福里社区社工站。物业管家小吴抱着一沓投诉单进了门，一脸为难。 #phase:intake
“5号楼402和502又闹起来了。楼下李先生这个月投诉了三回，说楼上天天咚咚响；楼上张家说楼下拿扫帚捅天花板，还往他们门上贴纸条。上周日两家在楼道里吵，整栋楼都听见了。我们劝也劝了，两边都不买账……您这边能不能管管？” #speaker:property
+ [“邻里吵架我们这边不好管，建议让他们打12345，或者找派出所。” #technique:suggestion #phase:intake #quality:harmful]
    “派出所来过一回了，说是邻里之间的民事纠纷，让社区调解。转了一圈，还是转回您这儿了。” #speaker:property
    转介只适用于两种情况：问题超出本机构的服务范围，或者对方住在本机构的服务区域之外。邻里关系正是社区社会工作的分内事，推出去只会让求助的人在各个部门之间空转。 #feedback
+ [“吵了几回？动手没有？报过警吗？” #technique:clarification #phase:intake #quality:weak]
    “三四回吧……没动手，也没报警。” #speaker:property
    小吴答完就不往下说了。你知道了“没动手”，却不知道这事是怎么一步步闹到今天的。
    先确认有没有安全风险是对的，但一连串封闭式问题只换来“是”和“不是”。先用一句开放式提问请对方把经过讲出来，再补问安全情况，信息会完整得多。 #feedback
+ [“您先坐，慢慢说。这事是怎么到您那儿的？现在闹到什么程度了？” #technique:listening #phase:intake #quality:best]
    小吴喝了口水，从头讲起：两个月前李先生第一次打电话投诉，后来两家开始往对方门上贴纸条；上周日在楼道里吵，张奶奶抱着孩子直掉眼泪，好在没动手，也没人受伤。
    “李先生说再睡不着觉就找电视台。张太太说再被敲一回，她就报警。” #speaker:property
    开放式提问让转介方把来龙去脉讲完整：求助是怎么来的、冲突到了哪一步、有没有人身安全风险——这正是接案时要做的初步判断。 #feedback
+ [“行，我今天下午就上502，让张家注意点。” #technique:suggestion #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “那太好了！我这就给张家打电话，说社工下午过去找他们谈噪音的事。” #speaker:property
    你还没来得及拦，小吴已经拨通了电话。还没见面，张家就认定你是来问罪的。
    没接案、没预估就直接介入，还一上来就把投诉方的说法当成了结论。两户纠纷里，社工的中立要从第一步做起：先弄清情况、分别联系两家，再谈怎么做。 #feedback
- 你决定接下这个案子。按站里的流程，先要和两户分别取得联系。
-> intake.contact

= contact
+ [请小吴通知两家：明晚七点到社工站，大家当面把话说开 #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    ~ trust_li = MAX(trust_li - 1, 0)
    第二天晚上两家都来了。不到五分钟，话就顶上了。
    “你们家有没有点素质？” #speaker:li
    “你拿扫帚捅我们家地板就有素质？” #speaker:zhang
    张太太拉着奶奶走了，李先生冷笑着看你。
    “早说了，谈不了。” #speaker:li
    还不了解情况、双方的火气都还在顶上，就把人拉到一张桌子前，等于给冲突再添一把火。联合调解要放在分别面谈、情绪平复之后；接案阶段先做的是分别联系、建立关系。 #feedback
    事后，你只好重新给两家分别打电话，约了单独见面。
+ [先去402找李先生，毕竟是他投诉的 #phase:intake #quality:weak]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    你先敲了402的门。李先生隔着门说他在睡觉，让你改天下午四点以后再来。你下楼时，正碰上张奶奶拎着菜上楼。她看了你一眼，没说话。
    下午你才打通张太太的电话。
    “听说您上午先去了楼下？” #speaker:zhang
    先见谁本身不算错，但在两户纠纷里，只先见投诉方，很容易被另一方看成“站队”。更稳妥的做法是同时联系两家，各约一次单独面谈。 #feedback
+ [先找小吴要来三次投诉的记录，看清楚每次投诉的时间、内容和物业怎么处理的，再把两家的基本情况打听一下，心里有底了再联系两家 #phase:assessment #quality:good]
    记录显示，三次投诉都是在上午九点到十一点之间打进来的。你记下这个时间，随后给两家分别打了电话，约好单独见面。
    现有资料是收集信息的正当渠道，这条时间线后面会派上用场。不过资料代替不了当事人本人，看完记录就该尽快联系两家。 #feedback
+ [分别给两家打电话：说明自己是社区社工，不代表物业，也不替哪一家说话；问他们愿不愿意各自先和你聊一次 #phase:intake #quality:best]
    张太太犹豫了一下。
    “……行吧，您周三下午一点来，孩子那会儿午睡。” #speaker:zhang
    李先生的语气冷冰冰的。
    “聊可以。下午四点以后，之前我在睡觉。” #speaker:li
    两家都是当事人，也都是服务对象。同时、同等地联系双方，讲清身份和来意，尊重对方愿不愿意谈，这是建立专业关系、取得知情同意的起点，也是中立的第一块基石。 #feedback
- -> intake.zhang_home

= zhang_home
周三下午，502。张太太抱着刚醒的孩子开了门，张奶奶站在她身后。
{ trust_zhang == 0:
    “我就知道，是楼下让你来的吧？我们家又怎么了？” #speaker:zhang
- else:
    “您就是社工吧……是楼下那位让您来的？” #speaker:zhang
}
+ [“我特别理解您。我孩子两岁那会儿，我也是天天一个人带，有一回……”你讲起了自己带孩子的经历，一讲就是五六分钟 #technique:self-disclosure #phase:intake #quality:weak]
    张太太礼貌地听着，等你停下来才开口。
    “那……您今天来，到底是想问什么？” #speaker:zhang
    自我披露可以拉近距离，但要简短、相关，说完马上把焦点还给对方。讲了五六分钟自己的事，会谈的中心就从她变成了你。一两句带过，再请她说说自己的情况，效果会好得多。 #feedback
+ [“有人反映您家孩子天天在屋里跑，奶奶还在客厅跳操，这些您知道吧？” #technique:confrontation #phase:intake #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “知道啊！孩子在自己家走路也犯法？您要是来替他传话的，就别进来了。” #speaker:zhang
    最后她还是让你进了门，可从头到尾都站在门边。
    关系还没建立，就先摆出对方的“问题”，这是过早的对质，听起来就是在替楼下问罪。接案时先讲清身份、接住情绪；对质要等信任建立之后，而且要试探着说。 #feedback
+ [“张太太您好，我是社区社工，不代表物业，也不代表哪一家。今天来就是听听您家的情况，聊不聊、聊多少，都由您决定。” #technique:information #phase:intake #quality:good]
    “……那进来吧。” #speaker:zhang
    她让你进了门，却一直抱着胳膊站着。
    讲清身份、来意和自愿原则，是知情同意的基本功。只是她开门时满是戒备，如果先接住她的情绪，关系会建立得更快。 #feedback
+ [“不是谁派我来的。听说这阵子楼上楼下闹得挺僵，您白天一个人带着孩子，心里估计也憋了不少话。” #technique:empathy #phase:intake #quality:best]
    ~ trust_zhang = MIN(trust_zhang + 1, 3)
    张太太愣了一下，侧身让开了门。
    “……进来说吧。” #speaker:zhang
    一句话讲清自己不是谁派来的，再接住她此刻的委屈和疲惫。初层次同理让她感到被理解，而不是被审问，门自然就开了。 #feedback
- -> intake.li_home

= li_home
当天下午四点多，402。李先生开门时眼里全是血丝。屋里拉着厚厚的遮光帘，床头柜上摆着两副耳塞。
“社工？物业都管不了，你们能干嘛？再说楼上那一家你也见过了吧，什么素质。” #speaker:li
+ [放下包，在他对面坐下，身体微微前倾，看着他，等他把话说完 #technique:attending #phase:intake #quality:good]
    他准备好的一肚子火，好像一下子没了靶子。沉默了一会儿，他揉着眼睛开口了。
    “我上夜班。白天睡不着是什么滋味，你知道吗？” #speaker:li
    面向对方、姿态开放、目光稳定，专注本身就在告诉他“我在听”，他也因此说出了关键信息。不过接案时还要尽快讲清你的身份、保密原则和他的选择权，不能只坐着听。 #feedback
+ [“这样吧，下周我约上楼长，你们两家坐下来，把规矩定一定。” #technique:suggestion #phase:planning #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    “坐下来？跟他们？你连我家什么情况都不知道，就要给我定规矩？” #speaker:li
    还没了解情况就拿出方案，这是把计划提到了预估之前。建议来得太早，又是替对方做决定，听起来就像“又一个要管我的人”。先接案，再分别了解两家，方案要在之后和他们一起商量出来。 #feedback
+ [“拿扫帚敲天花板，把人家孩子吓得直哭，这样不太好吧？” #technique:advice #phase:intake #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    “得，又来一个教育我的。说吧，还有什么罪状？” #speaker:li
    敲天花板确实要谈，但不是现在。关系还没建立就先说教，对方只会把你归到“对面那一伙”。接案阶段先讲清身份和来意，等有了信任，再把这个行为的危害跟他讲透。 #feedback
+ [“您说得对，我确实没法替谁拍板。我能做的，是把两家的情况都弄清楚，陪你们一起找一个都过得下去的办法。您愿意跟我聊聊吗？您说的事，没有您同意，我不会往外说。” #technique:information #phase:intake #quality:best]
    ~ trust_li = MIN(trust_li + 1, 3)
    李先生盯着你看了几秒，往旁边让了让。
    “……进来吧，鞋不用换。” #speaker:li
    不夸口，实事求是地讲清社工能做什么、不能做什么，再说明保密原则和他的选择权。这样的信息比任何保证都更能换来信任。 #feedback
- 你和两家都约好了：下周再分别做一次深入的面谈。
-> assessment

// ───────────── 预估 ─────────────
=== assessment ===
下周一下午一点，502。乐乐刚睡着，张奶奶把电视关了，张太太在你对面坐下。 #phase:assessment
“您想问什么就问吧。” #speaker:zhang
+ [“能跟我说说你们家平常一天是怎么过的吗？就从早上起床说起。” #technique:listening #phase:assessment #quality:best]
    张太太想了想，从头讲起：丈夫早上七点出门，晚上十点才回来；她在家做线上客服，一坐就是一天；奶奶八点带乐乐下楼买菜，九点回来跟着手机跳二十分钟操，十点多开始剁馅做饭；乐乐上午在卧室里玩，扔球、推小车（客厅倒是早就铺了泡沫垫），中午十二点半睡午觉。
    “最怪的是，楼下专挑上午敲。下午孩子闹得更凶，他反倒不吭声。我们一直以为他是故意找茬。” #speaker:zhang
    开放式提问请她自由讲述，一天的作息就这样摊开了，“专挑上午敲”恰恰是找到根源的线索。预估阶段先让当事人自我陈述，比一问一答能收集到更多、更真实的资料。 #feedback
+ [“其实这种老楼的噪音，铺几块地垫、椅子腿贴上毛毡，问题就解决一大半了。” #technique:suggestion #phase:planning #quality:weak]
    “铺了！客厅那块就是。铺了他照样敲。您这还没听我们说呢。” #speaker:zhang
    你这才知道：乐乐上午其实是在卧室玩，客厅的垫子根本没铺在要紧的地方。
    还没弄清情况就给办法，建议来得太早：既可能开错药方，又替对方做了主。先收集资料、找到根源，办法要到计划阶段和两家一起商量。 #feedback
+ [“您别往心里去。我看楼下那位就是脾气太冲了。” #technique:empathy #phase:assessment #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 1
    “可不是嘛！您是第一个说句公道话的。” #speaker:zhang
    当天晚上，这句话被她原样发进了楼栋群：连社工都说楼下脾气冲。
    这是同情，不是同理，而且只听了一方就站了队。同理是进入对方的感受并表达理解，不是替她评判别人。两户纠纷里，哪怕一句随口的附和，也会传到另一家耳朵里。 #feedback
+ [“孩子是不是整天在家里跑？奶奶是在客厅跳操吧？” #technique:clarification #phase:assessment #quality:weak]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “是，跑了，跳了，怎么了？您这问法，跟楼下贴的纸条一个意思。” #speaker:zhang
    这两个问题既封闭又带着引导，听起来像在核对罪状。澄清是帮对方把模糊的话说具体，不是替对方把答案说出来。换成“能说说你们家平常一天怎么过吗？”，她会自己把这些讲出来。 #feedback
- -> assessment.zhang_more

= zhang_more
说到楼下，张奶奶在一旁忍不住插话。
“我就每天九点跟着手机跳二十分钟操，老家带来的习惯……他一敲，乐乐吓得直往我怀里钻，哭半天都哄不好。” #speaker:zhang_gran
“上礼拜他还往我们门上贴纸条，说我们没素质。我老公天天不着家，孩子、工作全压在我和奶奶身上。您知道我有多累吗？” #speaker:zhang
+ [“您带孩子真不容易，太辛苦了，您真是个好妈妈。” #technique:encouragement #phase:assessment #quality:weak]
    “……谢谢。” #speaker:zhang
    张太太客气地笑了笑，话题就停在了这里。
    空泛的夸奖像一句客套话，既没有说中她的感受，也没有推动她往下讲。鼓励要落在具体的努力上；此刻她更需要被理解，而不是被表扬。 #feedback
+ [“好，这些我都了解了。那天在楼道里，到底是谁先开的口？” #technique:listening #phase:assessment #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    张太太的话被你截在半截，脸色一沉。
    “您这是来断案的？反正不是我们先惹的事。” #speaker:zhang
    之后她只回答“嗯”“对”“不知道”。
    她正说到最在意的事，你却打断了，还转去追究谁先开口。这是选择性倾听，加上审判式的提问。倾听要把内容和情绪一起听完，谁对谁错也不是预估要回答的问题。 #feedback
+ [“奶奶说跳操是老家带来的习惯，您说孩子一哭心里就难受。能具体说说，楼下一般什么时候敲、一次敲多久吗？” #technique:clarification #phase:assessment #quality:good]
    “基本都是上午，九点多、十点多，咚咚咚几下就停。下午他倒不敲。” #speaker:zhang
    你把“上午九点到十一点”记在本子上。这个时间，和物业记下的投诉时间正好对得上。
    把“天天敲”澄清成具体的时间，资料就可以核对了，这一步很扎实。只是她刚说到“有多累”，如果先接住这份情绪再问细节，她会更愿意往下说。 #feedback
+ [“听下来，您不光是累。更憋屈的是，明明已经在尽量小心了，还被人当成了‘没素质’的那一家。” #technique:empathy #phase:assessment #quality:best]
    ~ trust_zhang = MIN(trust_zhang + 1, 3)
    张太太的眼圈红了。过了一会儿，她低声说下去。
    “那张‘请楼下不要无理取闹’的纸条是我贴的……楼道里那天，我嗓门也不小。” #speaker:zhang
    高层次同理说出了她没说出口的委屈：被贴上“没素质”的标签。被理解之后，她自己讲出了自己在冲突里的那一份，这是任何追问都换不来的。 #feedback
- -> assessment.li_home

= li_home
第二天下午四点，402。李先生刚起床，端着一杯浓茶，眼皮还是肿的。
{ favoured == 1:
    ~ trust_li = MAX(trust_li - 1, 0)
    他没让你坐，先把手机递到你面前：楼栋群的截图上，写着“连社工都说楼下脾气冲”。
    “这是你说的吧？我就知道，你们都一样。” #speaker:li
- else:
    “来了？坐吧。” #speaker:li
}
不等你问，他就把自己的一天倒了出来：在地铁上夜班，做隧道检修，晚上十点干到早上六点；七点到家，冲个澡，八点上床，睡到下午三点。
“九点，楼上准时咚咚咚。十点多开始剁肉，我感觉那刀就剁在我脑门上。耳塞我买了五种，挡得住说话声，挡不住那个‘咚’。三个月了，一天能睡四个钟头就算好的。” #speaker:li
“那天在楼道里，他家奶奶跟我说：嫌吵你买别墅去。我一个租房的，能往哪儿买？我一晚上扛着几十斤的工具在隧道里走，回来躺下就被吵醒。我不敲，还能怎么办？” #speaker:li
+ [坐下时把手机搁在腿上，一边听，一边回物业小吴的消息 #technique:attending #phase:assessment #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    李先生说到一半停了下来。
    “你先忙，我不耽误你。” #speaker:li
    后面的话，他都说得很短。
    低头看手机，等于告诉对方“你不重要”。专注要求面向对方、目光接触、姿态开放，手机应该在进门前就收起来。 #feedback
+ [“这些咱们先放一放，时间有限，说重点：您希望楼上具体做到什么？几点以后不能有动静？哪些声音最受不了？我记下来，回头去跟他们谈。” #technique:focusing #phase:assessment #quality:weak]
    ~ trust_li = MAX(trust_li - 1, 0)
    “重点？我说了半天，你一句没听进去？” #speaker:li
    他还没被听完，你就急着把话题收窄，还直接跳到了要求和办法上。对焦要在对方说够了、感到被理解之后再用，否则就是打断。 #feedback
+ [“换了我也受不了。楼上这家确实太不讲理了。” #technique:empathy #phase:assessment #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 2
    ~ trust_li = MIN(trust_li + 1, 3)
    “就是嘛！总算来了个明白人。” #speaker:li
    第二天，他在楼道里跟人说：社工都站我这边。
    这是同情加站队，不是同理。只听了一方就下判断，另一家迟早会知道；一旦失去中立，调解就很难做下去。同理是理解他的感受，不是认同他对别人的评价。 #feedback
+ [“三个月睡不了一个整觉，晚上还得下隧道干活。您现在这股火，很大一部分是累出来的。而且我听着，每次敲完，您自己心里也不痛快？” #technique:empathy #phase:assessment #quality:best]
    ~ trust_li = MIN(trust_li + 1, 3)
    李先生半天没出声，后来叹了口气。
    “那孩子一哭，我在楼下听得清清楚楚。我也不是存心吓唬孩子……可我总得让他们知道，楼下有个人要睡觉啊。” #speaker:li
    先回应他的疲惫，这是初层次同理；再试着说出他没说出口的矛盾心情，这是高层次同理。被理解了，他才愿意承认自己也不想这么敲下去，这为后面的介入留了门。 #feedback
- -> assessment.neighbours

= neighbours
两家的说法你都听过了，可都是当事人自己的角度。你想再从别的渠道核对一下。
+ [两边的说法已经够了，不再找旁人，直接写评估 #phase:assessment #quality:weak]
    你合上本子回了站里。动笔时才发现：楼里的隔音到底怎么样，张家知不知道楼下上夜班，你都只能猜。
    只靠两个当事人的说法，很难分清事实和各自的解读。预估要从多个渠道收集资料、交叉核对：邻居、物业记录、现场观察，都能补上当事人看不到的部分。 #feedback
+ [征得两家同意后，去401拜访陈阿姨，只问她平时听到、看到的情况，不打听两家的私事 #phase:assessment #quality:best]
    陈阿姨退休在家，和两家都是邻居。
    “这是九十年代的老楼，楼板薄，地上又都是瓷砖，楼上掉根筷子楼下都听得见。小李上夜班、白天睡觉，这个我知道；可张家去年才搬来，他们哪知道？” #speaker:neighbour
    “那天楼道里也是赶巧了：小李刚下夜班，眼睛通红；奶奶抱着孩子出门，两边话赶话就吵起来了。其实都不是坏人，小李还帮我扛过煤气罐呢。就是谁也不知道谁。” #speaker:neighbour
    多渠道收集资料、相互核对，是预估的基本要求；事先征得同意、只问事实，既守住了保密，也避免了打听是非。邻居补上了两个关键事实：老楼隔音差，张家根本不知道楼下上夜班。 #feedback
+ [请物业小吴调出三次投诉的具体时间和处理记录，顺便问问这栋楼是哪年建的、楼板多厚、隔音情况怎么样 #phase:assessment #quality:good]
    “三次都是上午九点到十一点打来的。这楼是九十年代的，预制板，地上全是瓷砖，隔音是真不行，好几栋都有这种投诉。” #speaker:property
    现有记录和居住环境都是预估的重要资料，投诉时间也印证了作息冲突的判断。如果再征得同意，问问住在旁边的邻居，还能听到记录里没有的东西，比如两家平时相处的样子。 #feedback
+ [在楼栋微信群里问一句：大家觉得402和502，谁家更吵？ #phase:assessment #quality:harmful #critical:confidentiality]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    ~ trust_li = MAX(trust_li - 1, 0)
    群里一下子炸开了锅：有人晒出纸条的照片，有人说小孩闹很正常，有人说上夜班关我们什么事。两家都在群里，也都看到了。
    在公开场合讨论当事人的事，违背了保密原则，还把两家推到了全楼的目光下。向邻居了解情况，要先征得当事人同意，一对一地问，只问事实。 #feedback
    事后你私下找陈阿姨补问了几句。她叹着气说，这楼隔音差，张家怕是不知道楼下上夜班。
- -> assessment.report

= report
回到站里，你开始写预估报告。
+ [报告先不写了，直接上楼请张家把地垫铺满、椅子腿贴上毡垫 #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    张太太堵在门口。
    “又是我们？楼下做了什么？凭什么每次都是我们改？” #speaker:zhang
    你只好回到站里，把报告补上。
    没有成形的预估，也没有双方同意的计划，就直接去改变一方的行为：既跳过了两个阶段，又让张家觉得你认定了是他们的错。先完成书面预估，再和两家一起订计划。 #feedback
+ [写下：表面是噪音和互相指责，根子在两家作息错开（李先生白天补觉，正是张家带孩子、做家务最忙的时候）、老楼隔音差，再加上从没好好说过话，只靠纸条和扫帚沟通。优势：两家都想过安生日子，张家铺过地垫、肯想办法，李先生在意孩子被吓哭；楼里还有陈阿姨、周老师这样的邻里资源 #phase:assessment #quality:best]
    督导看完，在“优势”那一栏画了个圈：这一栏写得好，后面的计划就从这儿长出来。
    好的预估要分清表面的症状和深层的原因，还要写出当事人的能力和环境里的资源。把问题归到“作息差异加沟通不畅”，而不是归到哪一个人身上，后面才有调解的空间。 #feedback
+ [写下：张家噪音扰民是主要原因，李先生是受害方，下一步督促张家整改 #phase:assessment #quality:harmful]
    督导看完问你：要是张太太看到这份报告，她还会跟你谈吗？李先生敲天花板、贴纸条，这些又算什么？
    这份评估只采信了一方，把症状当成了病因，也看不到任何一方的优势。预估要把两边的资料放在一起核对，找的是冲突的根源，而不是判定谁是加害方。 #feedback
+ [写下：两位当事人性格都比较偏激，沟通意愿低，调解难度很大 #phase:assessment #quality:weak]
    督导摇摇头：“性格偏激”是标签，不是评估。他们之间到底卡在哪儿？他们自己手里又有什么？
    用性格给人贴标签，会掩盖真正可以着手的地方（作息、隔音、沟通方式），也完全看不到两家的长处。预估要写清问题的表现、成因，以及当事人的能力和环境中的资源。 #feedback
- -> planning

// ───────────── 计划 ─────────────
=== planning ===
预估做完，你分别回到两家，一起商量接下来怎么办。先是502。 #phase:planning
“那您说，我们到底该怎么办？” #speaker:zhang
+ [翻出《噪声污染防治法》，从总则开始，一条一条念给她听 #technique:information #phase:planning #quality:weak]
    念到第三页，张太太打断了你。
    “您的意思是，我们家违法了？” #speaker:zhang
    提供信息要切合对方的需要，用对方听得懂的话。整段念法条就成了说教，还让她觉得自己被当成了违法的人。真要讲规定，挑一两条相关的、用大白话讲，比如法律上的“夜间”指几点到几点、法律提倡家庭尽量减少日常噪声。 #feedback
+ [“干脆这周六开个调解会，两家都来，当场把协议签了。” #technique:suggestion #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “签协议？签什么？我们还没说好要怎么样呢。” #speaker:zhang
    计划还没订，就急着进入介入、开联合会议，跳过了和当事人一起确定目标这一步。先把两家各自的目标和能做的调整谈清楚，再安排见面。 #feedback
+ [“这个得您家来定，我陪着一起想。要是一个月以后，楼上楼下过成什么样，您就觉得‘行了’？” #technique:clarification #phase:planning #quality:best]
    张太太想了好一会儿。
    “不再被敲，不再有纸条，乐乐不用一听见咚就哭。我们也能正常过日子，不用踮着脚走路。” #speaker:zhang
    “我那操挪个钟点跳也行，又不是非得九点。” #speaker:zhang_gran
    目标要和服务对象一起订，而不是替他们订。用“一个月后是什么样子”帮她把笼统的“别吵了”变成具体、可以检验的目标，奶奶也主动拿出了自己能做的调整。 #feedback
+ [“我想好了：工作日上午九点到下午三点，你们家尽量别出声；楼下那边，我去跟他说不许再敲。” #technique:suggestion #phase:planning #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “六个钟头不出声？孩子是遥控的吗？” #speaker:zhang
    这是替当事人订目标，而且订得不现实。计划要和两家一起商量：想要什么、能做到什么，由他们自己说出来，他们才会去做。 #feedback
- -> planning.li_plan

= li_plan
下午四点，402。
“我就一个要求：让我白天睡个囫囵觉。” #speaker:li
+ [“要不这样：您换副好点的降噪耳塞，或者把卧室挪到北边那间？” #technique:suggestion #phase:planning #quality:weak]
    “耳塞我买了五种。北边那间是厨房。凭什么全是我改？” #speaker:li
    建议之前没有先了解他已经试过什么，而且把担子全压在了他一个人身上。好的建议要有理由、可商量，最好先请他说说自己想到的办法。 #feedback
+ [“‘睡个囫囵觉’，能再说具体些吗？比如哪几个钟头对您最要紧？” #technique:clarification #phase:planning #quality:good]
    “八点到一点最要紧，那会儿睡得最沉。一点以后我能将就。” #speaker:li
    把笼统的要求澄清成“八点到一点”，目标就可以衡量、可以商量了。不过敲天花板的事还悬着，计划里也要和他谈清楚。 #feedback
+ [“您是大男人，又是租房住，凡事多让一步，远亲不如近邻嘛。” #technique:advice #phase:planning #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    “租房的怎么了？租房的就不配睡觉？” #speaker:li
    这是在小事上讲大道理，还带着对租户身份的偏见。忠告只用来指出确实有害的行为（比如敲天花板），并讲清理由；一味劝人“让一步”，只会让他觉得你站在对面。 #feedback
+ [“这个要求合情合理，我们一起想办法落实。同时有件事我得直说：拿扫帚敲天花板，每次楼上孩子都被吓哭，对方只会觉得被挑衅，反倒更不愿意配合您。这件事得先停下来。您愿意换个办法让他们知道吗？” #technique:advice #phase:planning #quality:best]
    { trust_li >= 2:
        李先生沉默了一会儿。
        “……行，不敲了。那我怎么让他们知道我在睡觉？” #speaker:li
    - else:
        李先生脸色不太好看，过了半天才开口。
        “……行吧，我先不敲。可他们要是还吵呢？” #speaker:li
    }
    忠告用在了点子上：直说一个有害行为的后果，讲清理由，同时肯定他的需要是正当的，再请他自己找替代的办法。有前面的信任垫底，这样的话他才听得进去。 #feedback
- -> planning.zhou

= zhou
两家的目标都谈过了。接下来要定下谁来参与、怎么进行、用多长时间。
+ [请物业小吴来主持调解，毕竟这栋楼归他管 #phase:planning #quality:weak]
    ~ trust_li = MAX(trust_li - 1, 0)
    “物业？我投诉了三回，他们就会和稀泥。他来主持，我不去。” #speaker:li
    最后你改请了两家都认可的周老师，和两家约定了时间安排。
    调解人要让双方都信得过。李先生对物业积怨已深，由物业主持，一开始就失去了他的信任。挑人之前，先问问两家认可谁。 #feedback
+ [不用请别人，也不用签协议，口头说好就行，省得两家有压力 #phase:planning #quality:weak]
    两家都说行。可过了几天，张太太打来电话。
    “到底什么时候谈？谈几次？” #speaker:zhang
    你这才和两家把时间和步骤一一说定。周老师听说了这件事，也主动提出可以来帮忙。
    服务协议不是给当事人加压，而是让双方都清楚目标、方式、时间和各自的责任。口头上的“说好了”，很容易各自理解得不一样。 #feedback
+ [直接去请周老师出面：周老师说话，两家总得听吧 #phase:planning #quality:weak]
    ~ trust_li = MAX(trust_li - 1, 0)
    周老师答应了。李先生听说后却嘀咕了一句。
    “他是居委会的人，跟张家早就熟了吧？” #speaker:li
    你后来补上了征求两家意见这一步，也和两家约定了时间安排。
    借助社区里有威望的人是好思路，但没有征得当事人同意，对方容易觉得是拿面子压人。先问两家的意见，再定谁来参与，并写进服务协议。 #feedback
+ [分别问两家：愿不愿意请3号楼的退休教师周老师一起参与调解？两家都点头后再去请周老师；然后和两家各签一份简单的服务协议：先各谈一次，三周内开一次三方会，会后试行三周，再一起回顾 #phase:planning #quality:best]
    “周老师人好，我们刚搬来的时候，就是他带着去办的居住登记。” #speaker:zhang
    “周老师行，说话公道。” #speaker:li
    “邻里之间，话说开就好。我去，不过我听你们的安排。” #speaker:zhou
    请一位两家都敬重的邻里长者参与调解，能借到双方都认的“面子”；先征得两家同意，才不会让人觉得被压着来。服务协议写清目标、方式、时间和双方的责任，后面的每一步就都有了依据。 #feedback
- -> intervention

// ───────────── 介入 ─────────────
=== intervention ===
计划订好了。按约定，开三方会之前，先分别和两家各谈一次，让两边的火气降下来。 #phase:intervention
+ [给两家各送一份打印好的《文明邻里公约》，把噪音、作息那几条用红笔划出来，先让他们自己看看，过两天再上门听听想法 #phase:intervention #quality:weak]
    第二天，你在楼下的垃圾桶里看到了其中一份。
    一纸公约代替不了面对面的沟通，泛泛的“文明”条款听起来也像说教。介入要针对这两家具体卡住的地方，先分别谈。 #feedback
    -> intervention.zhang_talk
+ [先从更愿意配合的张家谈起，带上她们最想知道的问题：楼下为什么总在上午敲 #phase:intervention #quality:best]
    介入从愿意合作的一方做起，更容易打开局面；带着她们最关心的疑问去，谈话就有了入口。 #feedback
    -> intervention.zhang_talk
+ [分别谈太慢了，干脆直接开三方会，见了面自然就说开了 #phase:intervention #quality:harmful]
    跳过分别面谈，等于把两股还没消下去的火直接放到一张桌子上。介入要从容易的做起、从愿意合作的人做起：先分别疏导情绪，再组织面对面调解。 #feedback
    -> joint

= zhang_talk
502。张太太的气还没全消。
“要我说，他上夜班是他的事。凭什么全楼都得跟着他一个人的作息转？” #speaker:zhang
+ [“张太太，人家上夜班也是为了生活，您年纪轻轻的，应该多体谅体谅。” #technique:advice #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “那谁来体谅我？我在家上班带孩子，还得看楼下脸色过日子？” #speaker:zhang
    事实还没交代，先讲“应该体谅”，这是说教，也让她觉得你已经站到了楼下那边。征得同意后把“他上夜班”这个事实告诉她，让她自己得出结论，比任何劝说都管用。 #feedback
+ [“李先生同意我把这个告诉您：他在地铁上夜班，早上七点才到家，一般要睡到下午三点。您家九点以后的动静，正好落在他睡得最沉的那几个钟头。” #technique:information #phase:intervention #quality:best]
    ~ zhang_calm = true
    ~ trust_zhang = MIN(trust_zhang + 1, 3)
    张太太愣住了。
    “夜班？……难怪都是上午敲。我还以为他专挑孩子玩的时候找茬。” #speaker:zhang
    “哎哟，那我天天九点跳操，不正好跳在人家脑袋顶上？” #speaker:zhang_gran
    信息切中了她的疑问，又事先征得了李先生同意。一个她原本不知道的事实，就把“他故意找茬”变成了“原来是作息撞上了”，火气也就降了下来。 #feedback
+ [“您说得也对，凭什么全楼都跟着他一个人的作息转？” #technique:empathy #phase:intervention #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 1
    “就是！开会那天，我倒要跟他好好说道说道。” #speaker:zhang
    附和她的评判不是同理，而是站队。她的火气非但没降，反而准备好了在会上算账。同理要回应她的感受（委屈、累），而不是认同她对另一方的指责。 #feedback
+ [“我也一个人带过孩子，知道那种一天下来连口水都顾不上喝的累，您家里里外外全靠您和奶奶撑着。不过咱们今天想一想：楼下为什么总是上午敲？您有没有琢磨过？” #technique:self-disclosure #phase:intervention #quality:good]
    ~ zhang_calm = true
    “是啊，为什么呢？” #speaker:zhang
    你告诉她，李先生同意你转告：他上夜班，白天补觉。她沉默了一会儿。
    “……要是早知道就好了。” #speaker:zhang
    简短、相关的自我披露让她觉得你懂她，说完立刻把焦点转回问题本身，分寸把握得不错。如果直接把关键信息交给她，效果会更快。 #feedback
- -> intervention.li_talk

= li_talk
402。李先生靠在沙发上，胳膊抱在胸前。
“开会？开会又能怎么样？凭什么我让步？我不敲，他们根本不当回事。孩子哭？孩子哭也不是我害的。” #speaker:li
+ [“李先生，您要是再敲，楼上也可以告您扰民，到时候吃亏的是您自己。” #technique:advice #phase:intervention #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    “告我？让他们告去！我倒要看看谁先扰的谁。” #speaker:li
    拿后果吓唬人，是把忠告变成了威胁，只会让他更想硬扛。现在要做的，是帮他看到楼上的处境，看到自己真正想要的是什么。 #feedback
+ [“您想让他们知道楼下有人要睡觉，这个出发点一点没错，您也一直在想办法。咱们一起找个比扫帚管用、又不伤两家和气的法子，您看好不好？” #technique:encouragement #phase:intervention #quality:good]
    ~ li_calm = true
    李先生想了想。
    “……要不，我给她发个微信？物业群里有她的号。” #speaker:li
    鼓励落在他真实的需要和他一直在做的努力上，再请他自己想办法，让他成为解决问题的人。 #feedback
+ [“您说不在乎他们怎么想，可一说到孩子哭，您马上就解释‘不是我害的’。我在想，您心里其实挺在意这件事，也不想一直这么敲下去？” #technique:confrontation #phase:intervention #quality:best]
    { trust_li >= 1:
        ~ li_calm = true
        李先生别过脸去，半天才说话。
        “……谁愿意天天拿扫帚捅天花板啊。我就是想好好睡一觉。” #speaker:li
    - else:
        李先生站了起来。
        “你少来这套。说得好像你很懂我。” #speaker:li
    }
    对质点出的是他的话（不在乎）和他的反应（一提到孩子就急着辩解）之间的不一致，语气是试探的，出发点是关心。这样的对质要在信任建立之后才起作用；关系不够时，同一句话就会被当成冒犯。 #feedback
+ [“张家同意我转告您：白天是六十八岁的奶奶一个人带两岁半的孩子，张太太在家做线上客服。她们原来根本不知道您上夜班。” #technique:information #phase:intervention #quality:good]
    ~ li_calm = true
    李先生的胳膊放了下来。
    “……不知道？我还以为她们是成心的。” #speaker:li
    征得同意后转告对方的处境，帮他看到楼上不是“没素质”，而是有自己的难处。信息选得好；如果再回应一下他“怕让步就没人当回事”的担心，会更稳。 #feedback
- -> intervention.ready

= ready
两家都单独谈过了。下一步是三方会。
+ [先分别给两家打个电话：问问是不是准备好了，再约好会上的规矩：一个人说完另一个再说、不翻旧账、谁都可以喊暂停 #phase:intervention #quality:best]
    约定规矩、确认双方都准备好了，是联合调解前必不可少的一步：会谈的安全感，来自事先说清楚的规则。 #feedback
    { zhang_calm and li_calm:
        “行，我也想把话说开。” #speaker:zhang
        -> joint
    - else:
        -> intervention.not_ready
    }
+ [直接把时间定在周六上午，通知两家准时到 #phase:intervention #quality:weak]
    不确认两家是否准备好就定时间，等于把结果交给运气。开联合会之前，要先确认双方的情绪都平复了，并约定好会上的规矩。 #feedback
    -> joint
+ [请周老师分别上门打个招呼，跟两家说清楚这次调解是他牵的头，大家都是老街坊，一定要给他个面子，到时候准时来、好好谈 #phase:intervention #quality:weak]
    用长辈的面子压人来开会，人会来，心不一定来。周老师的作用是做一个双方都信得过的人，而不是替社工施压；准没准备好，要由当事人自己说。 #feedback
    -> joint

= not_ready
{ not zhang_calm:
    “开会可以。可我去了，就是要问问他凭什么往我们家门上贴纸条。” #speaker:zhang
}
{ not li_calm:
    “去了我也没什么好说的。他们不吵了再说。” #speaker:li
}
看来还有人没准备好。
+ [把会推迟两周，这段时间什么也不做，不打电话也不上门，给两家留点空间，等他们自己冷静下来再约，免得越劝越僵 #phase:intervention #quality:weak]
    ~ zhang_calm = true
    ~ li_calm = true
    两周过去，火气确实淡了些，楼道里却又多了两张纸条。最后两家都勉强答应来开会。
    推迟可以，但不能放着不管。等待的这段时间，正好用来分别面谈、疏导情绪，而不是把问题交给时间。 #feedback
    -> joint
+ [“都已经约好了，周六必须到，到了再说。” #technique:advice #phase:intervention #quality:harmful]
    把不愿意来的人硬拉到桌前，联合会多半会变成吵架现场。当事人明确说没准备好，就该放慢节奏，再做一次分别面谈。 #feedback
    -> joint
+ [再分别上门谈一次：先听他们把最过不去的那口气说出来，再把对方的处境（征得同意后）讲给他们听 #technique:listening #phase:intervention #quality:best]
    ~ zhang_calm = true
    ~ li_calm = true
    这一次你没有急着劝，只是听。等火气说尽了，你才把对方的难处讲出来。几天后，两家都答应来谈谈。
    没准备好就不硬推，回到分别面谈，是尊重当事人的节奏。先让情绪有个出口，再提供对方的信息，人才会从对抗转向商量。 #feedback
    -> joint

// ───────────── 介入：三方调解 ─────────────
=== joint ===
{ zhang_calm and li_calm:
    -> joint.open
- else:
    -> blowup
}

= open
周六上午，社区活动室。周老师坐在桌子一头，张太太和张奶奶坐在左边，李先生坐在右边，中间隔着一把空椅子。
+ [请周老师先讲几句“远亲不如近邻”的道理，给今天的会定个调子 #phase:intervention #quality:weak]
    周老师讲了十分钟邻里和睦的道理。李先生一直低头看手机，张太太几次想插话都忍住了。
    “道理都对。你们先说说，自己心里是怎么想的吧。” #speaker:zhou
    长者的作用是让双方觉得这里公道、安全，而不是开场先上一课。说教会让人觉得自己被当成了不懂事的那一方。开场最好由社工说明会议目的和规则，再简要复述双方的情况。 #feedback
    -> joint.chaos
+ [“谢谢两家都来。我先说说分别听到的，说得不对请随时纠正：张家白天是奶奶一个人带两岁半的乐乐，张太太在家上班，一直尽量小心，却被贴了纸条，觉得委屈；李先生上夜班，白天必须补觉，好几个月没睡过整觉，敲天花板也是实在没了办法。两家其实都想过安生日子。” #technique:summarising #phase:intervention #quality:best]
    { sides_taken:
        两家都没接话。屋里静得有些发紧。
    - else:
        张奶奶先开了口。
        “小李，我是真不知道你上夜班。早知道，我哪会九点跳那个操。” #speaker:zhang_gran
        李先生愣了一下，声音低了下来。
        “奶奶，那天楼道里……我话也说重了。” #speaker:li
    }
    摘要把两家的要点并排摆出来，不加评判，还请双方纠正。两家都听到自己的难处被人说清楚了，防备就放下了一半。 #feedback
    -> joint.chaos
+ [“今天大家有什么话都可以说，想说什么就说什么。” #technique:encouragement #phase:intervention #quality:weak]
    话音刚落，张太太和李先生几乎同时开口，说的都是那天楼道里的事。
    开放不等于没有结构。联合会谈开场要重申事先约好的规则，并简要复述双方的情况，否则谈话一开始就会掉进旧账里。 #feedback
    -> joint.chaos
+ [“根据我这几周的了解，问题主要出在楼上的作息，所以今天主要请张家拿出一个整改方案。” #technique:summarising #phase:intervention #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 2
    ~ zhang_calm = false
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    张太太一下子站了起来。
    “整改？原来今天是来审我们的！” #speaker:zhang
    摘要里夹进了自己的结论，而且是一边倒的结论，会还没开，一方就成了被告。摘要只整理双方说过的话；评判留给事实，办法留给当事人自己。 #feedback
    -> blowup

= chaos
{ sides_taken:
    -> joint.sides
}
-> joint.chaos_main

= sides
{ favoured == 1:
    李先生先开了口。
    “先别急着谈。张家在楼栋群里说，连社工都站在她们那边。是真的吧？你们早就商量好了，是不是？” #speaker:li
- else:
    张太太先开了口。
    “我有句话得先问清楚。您是不是早就认定，是我们家的问题？” #speaker:zhang
}
+ [“您听到那些话，肯定觉得今天这个会是冲着您来的。我之前确实说过不妥当的话，是我没听完两家的话就下了判断，是我不对。今天我在这儿不替任何一家说话，只帮两家把话说清楚。” #technique:empathy #phase:intervention #quality:best]
    先接住对方被冒犯的感受，再坦白承认自己的失误，并重新说明社工的中立位置。真诚是专业关系的基础；遮掩只会让对方更确定你有偏向。 #feedback
    { offended_trust() >= 1:
        -> joint.repaired
    - else:
        -> joint.walkout
    }
+ [“那是传话传走了样。咱们别纠结这个，先说正事。” #technique:focusing #phase:intervention #quality:harmful]
    对方最在意的事被你一句“别纠结”挡了回去，这不是对焦，是回避。对焦之前要先让对方被听见；何况那句话确实出自你，坦诚认错才是修复关系的唯一路径。 #feedback
    -> joint.walkout
+ [请周老师出来打个圆场：社工也是一片好心，大家别计较了 #phase:intervention #quality:weak]
    请长者替自己解释，问题还在原地：对方要的是你本人的说法。关系出了裂痕，要由社工自己真诚地面对。 #feedback
    { offended_trust() >= 2:
        -> joint.repaired
    - else:
        -> joint.walkout
    }

= repaired
{ favoured == 1:
    李先生盯着你看了好一会儿，终于靠回了椅背。
    “……行，我先听着。” #speaker:li
- else:
    张太太看了看你，又看了看周老师，慢慢坐了回去。
    “……那我先听着。” #speaker:zhang
}
-> joint.chaos_main

= walkout
{ favoured == 1:
    “谈什么谈，结果早定好了。” #speaker:li
    李先生起身就走，门在他身后砰地关上。
- else:
    “原来你们早就站好队了。妈，咱们走。” #speaker:zhang
    张太太拉起奶奶就走，周老师在后面喊也没喊住。
}
-> dropped

= chaos_main
话题还是绕回了那个周日的楼道。
“那天你指着我鼻子说我们没素质，当着孩子的面！” #speaker:zhang
“是你先说我有病就去治的！” #speaker:li
“别吵了，别吵了……” #speaker:zhang_gran
“两位，两位，先听我说一句——” #speaker:zhou
+ [静静坐着不插话，等他们吵完 #phase:intervention #quality:weak]
    两人越吵越凶，旧账从纸条翻到了楼下的车位。最后周老师一拍桌子，大家才停下来。
    “行了，都少说两句。说说以后怎么办吧。” #speaker:zhou
    联合会谈里，社工是主持人，不是旁观者。双方的情绪说出来之后，要及时对焦，把谈话带回今天的目标；一味沉默，冲突就会自己升级。 #feedback
+ [“两位说的都是那天晚上的事，看得出来，那件事让你们都很受伤。那件事可以另找时间说；今天能不能先把心思放在以后：上午那几个钟头，怎么能让一家睡得着，另一家也过得下去？” #technique:focusing #phase:intervention #quality:best]
    屋里安静了几秒。
    “……行，往后看。” #speaker:li
    “我也不想天天吵。” #speaker:zhang
    双方的委屈都说出来之后，先点出共同的感受，再把谈话收拢到今天真正要解决的问题上。对焦的时机对了，就不是打断，而是帮大家找到方向。 #feedback
+ [“李先生，您先别说了，让张太太说完。” #technique:focusing #phase:intervention #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    李先生闭上了嘴，胳膊又抱回了胸前。
    “行，又是我的错。” #speaker:li
    只叫停一方，在对方看来就是偏袒。对焦要对着话题，而不是对着某一个人：先点出两人说的都是那天晚上的事，再一起把谈话带回今天的目标。 #feedback
+ [“我说句公道话：那天在楼道里，确实是李先生先动的气。” #technique:confrontation #phase:intervention #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 1
    李先生一下子站了起来。
    在联合会谈里当众评判一方，是最直接的站队；对质也不是给人定罪。社工在调解中是中立的促进者，谁对谁错不是今天要解决的问题。 #feedback
    -> joint.walkout
- -> joint.ideas

= ideas
谈话总算回到了正题。
+ [“我先提个建议：张家铺地垫、椅子腿贴毛毡，奶奶的操改到下午；李先生别再敲，有事发微信。两家看行不行？” #technique:suggestion #phase:intervention #quality:weak]
    两家都点了点头，谁也没多说话。
    建议本身不坏，但来得太早：两家还没开口，办法就已经摆在桌上了，他们只剩下同意或者不同意。先请双方各自提出自己能做的、希望对方做的，社工再补充，协议才是他们自己的。 #feedback
+ [“两位刚才都愿意往后看，这一步不容易。接下来想请两家各自说说：为了上午那几个钟头，自己家能做点什么，又希望对方做点什么？” #technique:encouragement #phase:intervention #quality:best]
    ~ owned = true
    “我那操，改到下午三点半以后跳，那会儿小李也该起了吧？” #speaker:zhang_gran
    “乐乐上午玩的那间卧室，正好在李先生卧室上面。我们给卧室也铺上垫子，椅子腿贴毛毡，上午让她在客厅玩。” #speaker:zhang
    “我……不敲了。真吵得受不了，我发微信。周末我不补觉，周末你们随便。” #speaker:li
    鼓励肯定了双方刚刚迈出的一步，再把出主意的权力交还给两家。自己想出来的办法，自己才会真去做，这正是社工作为使能者的角色。 #feedback
+ [请周老师拍板：周老师德高望重，您说怎么办就怎么办 #phase:intervention #quality:weak]
    “我说了不算，日子是你们两家过的。” #speaker:zhou
    可两家都看着他，等他开口。最后，条款几乎都是周老师定的。
    请长者拍板，等于把决定权从当事人手里拿走了。周老师的作用是帮两家把话说出来、做个见证，方案要由两家自己提。 #feedback
+ [“先说一个大家可能关心的：法律上说的‘夜间’，是晚上十点到第二天早上六点；咱们小区居民公约里的午休时间，是中午十二点半到两点。李先生补觉的钟点不在这些时段里，所以更得靠两家自己商量。大家觉得，上午那几个钟头可以怎么安排？” #technique:information #phase:intervention #quality:good]
    ~ owned = true
    “那就是说，不是谁违规的问题，是咱们得自己定个说法。” #speaker:zhang
    “我那操，改到下午三点半以后跳吧。” #speaker:zhang_gran
    “我不敲了，有事发微信。周末我不补觉，你们随便。” #speaker:li
    信息简明、相关，用的是大白话，还帮两家看清：这不是谁违法的问题，而是需要双方协商的事。说完就把讨论交还给了当事人。 #feedback
- -> joint.agreement

= agreement
周老师拿出纸笔，把刚才说的记了下来。初稿上写着：楼上尽量注意；楼下有事好好说。
{ not owned:
    “这些……都是你们定的吧。” #speaker:zhang
}
+ [“差不多就这个意思：上午尽量轻一点，有事好好说。大家都是明白人，心里都有数了，条条框框写得太细反而伤和气，咱们就按这个签字，今天把这事了了。” #technique:summarising #phase:intervention #quality:weak]
    两家签了字。可“尽量注意”到底是几点、什么动静，各人心里的数并不一样。
    这样的摘要把关键的分歧含糊了过去。协议里的“尽量”“好好说”要澄清成具体的时间、行为和联络方式，否则执行时还会为算不算违反再吵一次。 #feedback
+ [“‘尽量注意’具体指什么？几点到几点、哪些动静？‘好好说’又是怎么说，发微信还是敲门？咱们把它写到两家看了都不会有第二种理解。” #technique:clarification #phase:intervention #quality:best]
    两家一条一条地抠，最后定了下来：
    一、工作日上午八点半到一点，张家卧室里不玩蹦跳的游戏；奶奶跳操改到下午三点半以后；剁馅放到下午，或者垫上厚毛巾。
    二、张家给卧室铺上拼接地垫，椅子腿贴毛毡，家里穿软底拖鞋。
    三、李先生不再敲天花板、不再贴纸条；有问题先给张太太发微信，张家看到后回一句“收到”。
    四、周末李先生不补觉，张家正常活动；晚上九点半以后，两家都多留意。
    五、三周后，在周老师和社工陪同下，两家再碰一次，看哪条行得通、哪条要改。
    两家都签了字，周老师在见证人一栏写下了自己的名字。
    澄清把“尽量”“好好说”这种各人都能各自理解的词，变成了具体的时间、动作和信号。条款越具体，执行时越不容易再吵；最后一条还给评估留好了时间点。 #feedback
+ [“再加一条：谁违反协议，就由物业罚款。” #technique:suggestion #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    李先生点了点头，张太太的脸却沉了下来。
    “孩子哭一声也算违反？那我还敢签吗？” #speaker:zhang
    周老师打了个圆场，最后删掉了这一条。两家签了字，气氛却冷了不少。
    邻里公约靠的是双方的意愿和互相信任，而不是罚则；物业也没有这样的罚款权。惩罚条款只会让一方觉得，协议是用来对付自己的。 #feedback
- -> evaluation

// ───────────── 评估 ─────────────
=== evaluation ===
协议签完，两家各自回了家。楼道里难得安静。 #phase:evaluation
接下来怎么办？
+ [把协议复印一份交给物业，请小吴以后每月汇总一次这栋楼的投诉，涉及402、502的再通知社工站；没有投诉，就说明协议在起作用，案子也就可以据此结了 #phase:evaluation #quality:weak]
    “行，没投诉我就不打扰您了。” #speaker:property
    没人投诉只说明没人去投诉，不说明两家过得怎么样。评估要主动从两家、邻居等多个渠道收集资料，而不是等着坏消息找上门。 #feedback
    -> evaluation.trial
+ [和两家约定试行三周：第一周末、第三周末各打一次电话；三周后再一起碰头，按协议一条一条看落实得怎么样，也听听陈阿姨和物业的说法 #phase:evaluation #quality:best]
    “行，三周，我记着。” #speaker:li
    协议签了不等于问题解决了。约好试行期和检查的时间点，从当事人、邻居、物业等多个来源看效果，才知道协议到底行不行、哪里要改。 #feedback
    -> evaluation.trial
+ [三周后给两家各发一份满意度问卷，打分就行 #phase:evaluation #quality:good]
    问卷能很快把两家的感受量化，是评估的常用工具。但分数说不出为什么，最好配合面谈和邻居的观察，几种方法一起用。 #feedback
    -> evaluation.trial
+ [协议都签了，事情就算解决了，当天就在系统里结案 #phase:closing #quality:harmful]
    结案之前没有评估：协议能不能执行、两家的生活有没有变化，都还是未知数。签字只是介入的结果，不是成效本身；先试行一段时间、核对落实情况，再谈结案。 #feedback
    -> premature

= trial
三周过去了。
{ trust_li == 0:
    -> moved
}
-> evaluation.review

= review
三周后的碰头会还在社区活动室。你先把这三周的情况摆了出来：扫帚一次也没响过，门上的纸条撕了；物业没再接到投诉；陈阿姨说，楼里清净多了。
{ not owned:
    不过，协议里有两条是替两家定的，张家一直没做到：那本来就不是她们自己提的。
}
也出过一次小状况：上周六乐乐过生日，家里来了几个小朋友，上午十一点闹得厉害。李先生没敲，给张太太发了条微信。
“就四个字：楼上，小声。连个‘请’都没有，我看了一下午都不舒服。” #speaker:zhang
“我都没敲了，还要怎么样？” #speaker:li
+ [“先停一下，看看这三周：扫帚一次也没响过，纸条撕了，有事发微信，看到了回‘收到’，这是两家一起做成的。那条微信的口气，咱们要不要也商量个说法？” #technique:encouragement #phase:evaluation #quality:best]
    两人都笑了一下，最后定了个模板：您好，我在补觉，麻烦轻一点，谢谢。
    “看到这样的消息，我一定回：收到，马上。” #speaker:zhang
    鼓励落在具体、真实的进步上，让双方看到协议确实在起作用；再把新冒出来的小摩擦当作协议可以完善的地方，而不是失败。评估不只是打分，也是调整。 #feedback
+ [“张太太，协议里没规定微信要写多客气，只写了有事发微信、不敲天花板。他三个礼拜一次都没敲，该做的都做到了，您就别在措辞上较真了，咱们得按协议来。” #technique:confrontation #phase:evaluation #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “行，您说得对。” #speaker:zhang
    那天一直到散会，她都没再看李先生一眼。
    这是拿协议条文去判她的感受，而且当着对方的面，等于站了队。对质要指出的是当事人自己言行之间的不一致，不是用来驳回她的不舒服。 #feedback
+ [“你们都做得太好了！太棒了！” #technique:encouragement #phase:evaluation #quality:weak]
    两人都客气地笑笑。微信口气那件事谁也没再提，可张太太的脸色一直没缓过来。
    空泛的表扬既没说清好在哪里，又把刚冒出来的摩擦盖了过去。鼓励要具体到行为；新出现的问题，正是评估时要拿出来一起修订的。 #feedback
+ [“我来总结一下两位的看法：李先生觉得，该做的自己都做到了；张太太觉得，事情是做到了，但那句话听着让人不舒服。两位看是不是这样？” #technique:summarising #phase:evaluation #quality:good]
    两人都点了头。话说开了，反倒好商量，最后定了个微信模板：您好，我在补觉，麻烦轻一点，谢谢。
    摘要把双方的看法都摆了出来，不加评判，帮他们看到分歧其实很小。如果再点出三周来实实在在的进步，两家会更有信心。 #feedback
- -> closing

// ───────────── 结案 ─────────────
=== closing ===
回顾会之后，两家基本按协议过着日子，小摩擦也学会了自己商量。这个个案可以准备结案了。 #phase:closing
+ [“这三周两家都做得很稳。我想跟两家商量一下结案：接下来再见两次，下周一次，再过两周一次，之后正式结案，改成打电话和在楼栋群里联系。两家觉得呢？” #technique:information #phase:closing #quality:best #close-reason:can-cope]
    结案要提前告知，给双方留出准备的时间。问题没有百分之百解决（老楼隔音差，孩子总会有动静），但两家已经有了自己应对的办法，这正是“能够自己应对”的结案理由。 #feedback
+ [“以后我每个月打个电话问问就行，今天就算结束了。” #technique:information #phase:follow-up #quality:weak]
    这是把结案后的跟进，提前当成了结案本身：没有一起回顾、没有巩固成果、没有处理分离的情绪，就直接跳到了回访。结案有自己的任务，要一步步做完。 #feedback
+ [“两家现在还不太稳，以后我每周都来看看，有我在，你们就放心。” #technique:suggestion #phase:closing #quality:weak]
    社工一直守着，两家就很难相信自己能行。结案时要帮他们看到自己的能力，逐步拉长间隔，而不是让他们越来越依赖社工。 #feedback
+ [“协议签了，也没人投诉了，今天就是我们最后一次见面了。” #technique:information #phase:closing #quality:weak]
    突然宣布结案，双方没有心理准备，分离的情绪会来得更猛。结案要提前告知（提前一两周，或者两三次会谈之前），并逐步减少接触。 #feedback
- -> closing.reaction

= reaction
张太太听完，没有马上说话。过了一会儿，她开口了。
“你们一走，他肯定又要敲。到时候我找谁去？能不能……再多来几个月？” #speaker:zhang #reaction:bargaining
+ [“放心吧，不会的，他现在人挺好的。” #technique:empathy #phase:closing #quality:weak]
    “您怎么知道不会？” #speaker:zhang
    她的担心一点也没少。
    轻飘飘的安慰不是同理。她的担心没有被听见，只是被一句“放心吧”挡了回去。先说出她的担心，再和她一起看看两家已经有了哪些应对的办法。 #feedback
+ [“协议白纸黑字签了。他要是再犯，您直接找物业、打12345就行，社工站不可能一直管着。” #technique:advice #phase:closing #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “哦，原来我们就是个‘案子’。” #speaker:zhang
    用“该找谁”去回应分离的不安，等于把她推开。结案时出现讨价还价是常见的负面反应：要先接住情绪，回顾准备程度，再逐步减少接触，而不是一句话打发掉。 #feedback
+ [“要不这样：结案后头一个月，我每周打一次电话，之后慢慢拉长；楼里有什么事，先找周老师，他已经答应做咱们楼的调解志愿者。您看这样心里有没有底？” #technique:suggestion #phase:closing #quality:good]
    “有周老师在……那行吧。” #speaker:zhang
    逐步减少接触、交接给楼里的志愿者，是应对结案情绪的好办法；建议也给了理由，留了商量的余地。要是先回应一下她的担心，她会安心得更踏实。 #feedback
+ [“听得出来，您是担心好不容易安生下来，又回到原来那样。咱们一起看看：这三周出过一回状况，最后是谁、用什么办法解决的？” #technique:empathy #phase:closing #quality:best]
    张太太想了想。
    “……是我们两家自己。他发微信，我回收到，就过去了。好像……也没那么离不开你们。” #speaker:zhang
    先用同理接住她的不安，再请她回顾两家自己解决问题的经历。讨价还价的背后是担心；帮她看到自己的能力，比答应“多来几个月”更能让她安心。 #feedback
- -> closing.farewell

= farewell
最后一次碰头，周老师、张太太、张奶奶和李先生都到了。
+ [填好结案表交给督导，不再单独跟两家告别 #phase:closing #quality:weak]
    后来在楼下碰到张奶奶，她问你话时有点委屈。
    “社工是不是不来了？也没说一声。” #speaker:zhang_gran
    结案不只是一张表：要和当事人一起回顾历程、巩固成果、处理分离的情绪，并说清以后怎么联系。 #feedback
+ [和大家一起回顾这一路：从纸条和扫帚，到一条微信；说明结案后改为电话回访和楼栋群联系，楼里的小摩擦先找周老师；再征得两家同意，隐去姓名，把这次调解的做法写进社区的邻里调解手册 #phase:closing #quality:best #close-form:contact #close-reason:can-cope]
    “早知道说开了这么简单，何必吵这三个月。” #speaker:zhang_gran
    “手册上要是写我，就写‘楼下那个上夜班的’。” #speaker:li
    大家都笑了。
    和当事人一起回顾历程，巩固他们学会的办法；改变联系方式（从上门改为电话和群里联系，再交给楼里的调解志愿者），让服务平稳过渡。把经验写进手册前征得同意、隐去身份，是保密原则的要求。 #feedback
+ [在楼栋群里发一条长消息，点名表扬402和502化干戈为玉帛，还附上协议的照片 #phase:closing #quality:harmful #critical:confidentiality]
    李先生私信了你。
    “我签字的东西，怎么就发到群里去了？” #speaker:li
    协议里有两家的姓名、作息和家里的情况，未经同意公开就是泄露隐私。即使出于好意，也要先问当事人愿不愿意、愿意公开到什么程度。 #feedback
- -> followup

// ───────────── 跟进 ─────────────
=== followup ===
个案结束了，服务还有最后一步。 #phase:follow-up
+ [结案后还是每周上门看看两家，顺便帮着调解些小事，免得刚稳下来又出问题，两家也安心 #phase:follow-up #quality:weak]
    回访太密，结案就名存实亡，两家也会重新依赖社工。跟进要逐步拉长间隔（一周、一个月、三个月），以电话为主。 #feedback
    你上了两次门。第二次，张太太客气地开了口。
    “其实我们挺好的，您忙您的。” #speaker:zhang
    之后你改成了打电话。
    -> followup.calls
+ [按约定回访：结案后一周、一个月、三个月，分别给两家打电话，也问问周老师楼里的情况 #phase:follow-up #quality:best]
    跟进是结案的最后一项任务：按一周、一个月、三个月的节奏回访，既能巩固成果，也能及早发现新的变化。向周老师了解情况，是在调动楼里已有的支持网络。 #feedback
    -> followup.calls
+ [跟两家说“以后有事再联系我”，之后就不再主动联系 #phase:closing #quality:weak]
    把跟进交给当事人“有事再说”，等于没有跟进。结案后的定期回访能及早发现变化，也让当事人知道，门还开着。 #feedback
    -> followup.lapse

= calls
一周后的电话里，两家都说挺好。
一个月后，李先生在电话里说，下个月起他要改成倒班，白班夜班轮着来。
“协议是不是就不管用了？……算了，我先给张太太发个微信说一声，再请周老师一起把那几条改改。” #speaker:li
三个月后，周老师在电话里告诉你：两家把协议改成了按李先生的排班表走，奶奶还给李先生送过一回饺子。物业这三个月没有接到5号楼的噪音投诉。
{ trust_zhang >= 2 and trust_li >= 2:
    张太太特意在电话里说了一句：下回楼里谁家再闹别扭，她可以去讲讲她们家是怎么过来的。
}
站里把这次调解的做法整理进了社区的邻里调解手册：分别面谈、找到作息这个根源、请楼里的长者参与、让两家自己写公约、约好试行和回顾。 #close-reason:can-cope
楼上楼下的日子，回到了各过各的、又互相照应的样子。 #ending:well-closed
-> END

= lapse
结案后，你再没给两家打过电话。
两个月后，李先生改成了倒班，协议里的钟点对不上了。周老师那阵子去外地女儿家住，没人牵头改，门上的纸条又贴了回来。
等物业再把投诉转到社工站时，两家已经在楼道里又吵过一回。你这才意识到，如果按时回访，这个变化一个月前就能发现。 #ending:no-follow-up
-> END

// ───────────── 过早结案 ─────────────
=== premature ===
你在系统里点下了“结案”，跟两家说，事情到这儿就算办完了。 #phase:closing
“这就完了？” #speaker:zhang
李先生耸耸肩，没说话。
+ [“协议签了，接下来就看两家的了。有事可以来社工站找我。” #technique:information #phase:closing #quality:weak]
    这句话把结案说得像交差。没有评估，你也不知道协议能不能落地；一句“有事再找我”，也代替不了提前告知、一起回顾和安排跟进。 #feedback
    -> premature.relapse
+ [“也是……我说早了。咱们先试行三周，到时候一起看看协议落实得怎么样，再说结案的事。” #technique:suggestion #phase:evaluation #quality:good]
    你撤回了结案，和两家约好了三周后的回顾。 #phase:evaluation
    发现自己走快了，及时退回评估，是负责任的做法。结案要以评估为依据：协议落实了没有、两家的生活有没有变化，都要先看清楚。 #feedback
    -> evaluation.trial
+ [“没问题的，你们一定能做到！” #technique:encouragement #phase:closing #quality:weak]
    空洞的打气代替不了评估。两家能不能做到，要在试行中看，而不是在签字当天由社工宣布。 #feedback
    -> premature.relapse

= relapse
两周后的周六，乐乐过生日，家里来了几个小朋友。上午十一点，楼下的扫帚又响了。
周一一早，张太太打来电话。
“您不是说结案了吗？协议签了有什么用？他又敲了！” #speaker:zhang #reaction:complaint
+ [“听得出来，您又急又失望。是我结案结得太早了，没有跟两家一起看看协议到底行不行。这周我先分别去两家看看，再定下一步。” #technique:empathy #phase:evaluation #quality:good]
    接住抱怨背后的失望，坦承自己的失误，再回到评估去了解发生了什么，这是补救的正确方向。只是这一步本该在结案之前走。 #feedback
    你重新开了案。这一次，你和两家从头看了一遍协议，还加了一条：孩子过生日这类特殊日子，提前跟楼下打个招呼。
+ [“协议上写了，他要是违反，您可以找物业。” #technique:information #phase:closing #quality:harmful]
    用条文回应抱怨，等于把她推开。结案后出现抱怨，说明准备还不够：要先接住情绪，了解发生了什么，必要时重新开案，而不是把问题推给别人。 #feedback
    张太太挂了电话。一个月后，物业又把两家的投诉转了回来。
+ [马上给李先生打电话，批评他违反了协议 #phase:intervention #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    只听一方的电话就去批评另一方，又一次失去了中立。先分别了解两家发生了什么，再一起看协议哪里需要调整。 #feedback
    “你就听她一个人的？” #speaker:li
    电话那头，李先生的声音比三个月前还冲。
- 协议签字那天就结案，省掉的那三周，后来花了更多时间来补。 #ending:premature-close
-> END

// ───────────── 联合会谈失控 ─────────────
=== blowup ===
{ joint_blown:
    又一次，会开了不到十分钟，两家就吵得不可开交。李先生摔门走了，张太太哭着说再也不来了。
    -> escalated
}
~ joint_blown = true
周六上午，社区活动室。两家刚坐下，空气就绷紧了。
“你拿扫帚捅我们家地板、往我们门上贴纸条，今天倒好意思来谈？” #speaker:zhang
“我不捅，你们家什么时候消停过一天？三个月了！” #speaker:li
“别吵了……乐乐还在家哭呢……” #speaker:zhang_gran
“都坐下！有话好好说！” #speaker:zhou
+ [“大家冷静！今天不把协议签了，谁都别走。” #technique:advice #phase:intervention #quality:harmful]
    把人困在一场已经失控的会里，只会让冲突彻底爆发。情绪顶到头的时候，该做的是叫停，回到分别面谈。 #feedback
    -> escalated
+ [“我先喊个暂停。今天两家的火气都还在，硬谈下去只会伤得更深。这次会就先到这儿，我分别去两家再坐坐，等大家都觉得能谈了，再约时间。” #technique:advice #phase:intervention #quality:best]
    会议失控时及时叫停，是忠告用在了该用的地方：直说硬谈下去的害处，并采取必须采取的行动。从“今天必须谈成”退回到“先让人平静下来”，承认时机不对、回到分别面谈，是止损，不是失败。 #feedback
    -> blowup.repair
+ [“我看这样：张家先给李先生道个歉，这事就过去了。” #technique:suggestion #phase:intervention #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 2
    在情绪最激烈的时候要求一方道歉，既是站队，也是替当事人做决定。失控时先叫停，等双方平静下来，再由他们自己决定要说什么。 #feedback
    -> escalated
+ [请周老师出面镇住场面：他是老教师，两家都敬他三分，请他把大家按回座位，接着把协议往下谈，两家好不容易才凑到一起，今天说什么也不能白来一趟 #phase:intervention #quality:weak]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    ~ trust_li = MAX(trust_li - 1, 0)
    周老师一拍桌子，屋里安静了。可没过几分钟，李先生还是起身走了。
    用长辈的威望压住场面，压得住一时，压不住火气。会议失控时，社工要自己出面叫停，承认时机不对，回到分别面谈。 #feedback
    -> blowup.repair

= repair
会散了。接下来这一周，你要分别去两家。
+ [请周老师分别去两家做做工作，自己先不露面 #phase:intervention #quality:weak]
    ~ zhang_calm = true
    ~ li_calm = true
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    ~ trust_li = MAX(trust_li - 1, 0)
    周老师跑了两趟，两家都松了口。可李先生问了一句：社工怎么不来了？
    借助长者的威望是好资源，但修复关系的责任在社工自己。躲在后面，两家会觉得你在回避。 #feedback
    -> joint
+ [给两家各发一条微信：上次的事别往心里去，大家都在气头上，说过的话都不作数，下周六上午再开一次，这回一定好好谈 #technique:encouragement #phase:intervention #quality:weak]
    一条微信代替不了面谈，“别往心里去”也没有回应任何一方的感受。两家的火气还在，下一次会面只会重演。 #feedback
    -> joint
+ [分别上门：先承认是自己把会开早了，再听听两家这一回心里最过不去的是什么 #technique:empathy #phase:intervention #quality:best]
    ~ zhang_calm = true
    ~ li_calm = true
    “你能这么说，我心里舒服点了。” #speaker:zhang
    “行吧，我也不是非要吵。” #speaker:li
    真诚地承认自己的失误，再把空间留给对方的情绪，这是修复专业关系最直接的办法。情绪被接住了，人才有余力去谈解决办法。 #feedback
    -> joint

// ───────────── 结局：冲突升级 ─────────────
=== escalated ===
那天晚上，楼栋群里炸了锅。李先生发了一长段话，最后一句是：所谓调解，就是走个过场。张太太回了一句：有本事别住这儿。
+ [先放一放，等周一上班再说 #phase:intervention #quality:weak]
    周末两天，群里的争吵又多了几十条。
    冲突刚刚升级的时候，最需要及时回应。至少要当晚分别联系两家，确认安全、稳住情绪。 #feedback
+ [当晚分别给两家打电话：先问问大家还好吗，孩子和奶奶怎么样；再坦白说是自己把会开早了，请他们先别在群里接着吵 #technique:empathy #phase:intervention #quality:best]
    “奶奶吓得血压都上来了。” #speaker:zhang
    李先生没接电话，只回了一条短信。
    “不用了。” #speaker:li
    冲突升级之后，先关心人的安全和情绪，再诚恳地承认自己的失误。这一步未必能挽回局面，却为以后的修复留了一扇门。 #feedback
+ [在群里发一条声明，说明社工站调解的经过：两家都是自愿来的，会上只是话赶话，社工站一直保持中立，请大家不要再传谣 #phase:intervention #quality:harmful]
    声明一发，群里的讨论反倒更热闹了，两家的事成了全楼的话题。
    在公开场合回应当事人的冲突，既泄露了个案信息，又把两家推到了更多人的目光下。处理升级的冲突要私下、分别进行。 #feedback
- 第二天，李先生打了12345。周三，街道人民调解委员会的工作人员打来电话：投诉已经转到他们那里，想请社工站提供一些情况。
+ [“这个案子我们社工站还在跟，涉及两家的隐私，按规定暂时不方便配合。等我们这边有了结果，我主动跟调委会联系，请您理解。” #technique:information #phase:intervention #quality:weak]
    对方只好从头了解情况，两家又被各问了一遍。
    机构之间不配合，吃亏的是当事人。合适的做法是征得两家同意后，提供必要的情况，让正式调解少走弯路。 #feedback
+ [把整份个案记录原样发过去，省得对方再问 #phase:intervention #quality:harmful #critical:confidentiality]
    记录里有张太太哭着说的那些话，还有李先生的睡眠和身体状况。
    个案记录里有大量隐私，未经同意整份交出去，违反了保密原则。即使对方是正规的调解组织，也要先征得当事人同意，只提供必要的信息。 #feedback
+ [先分别征得两家同意，再只提供调解需要的情况：两家的作息、冲突的经过、已经做过的工作；同时跟两家说明人民调解是怎么进行的 #technique:information #phase:intervention #quality:best]
    “让他们来吧，总比你们强。” #speaker:li
    个案资料的使用要经过当事人同意，而且只提供必要的部分。向两家解释正式调解的程序，也是在帮他们看清接下来的路。 #feedback
- 督导约你做一次复盘。 #phase:evaluation
+ [“主要是两家当事人都太难沟通了：一个觉得自己是受害方，一个觉得被人挑刺，谁也不肯让一步。说实话，这种积怨很深的纠纷，换谁也调不成。” #phase:evaluation #quality:weak]
    把失败全归到当事人身上，评估就失去了意义。真实的复盘要看社工自己在哪一步走快了、哪一步可以做得不同。 #feedback
+ [在记录里写：当事人拒绝配合，调解终止 #phase:evaluation #quality:harmful]
    个案记录要先写事实，再写推断。“拒绝配合”既不符合事实，也掩盖了联合会开得太早这个真正的原因；这样的记录会误导以后接手的人。 #feedback
+ [如实回顾：两家的火气都还没下去，我就急着开了联合会，会上也没稳住局面；下一次，一定先分别面谈、确认双方都准备好 #phase:evaluation #quality:best]
    过程评估也包括检视社工自己的工作。把失误说清楚、找到原因，才能让下一个个案少走同样的弯路；必要时寻求督导的支持，本身就是专业的一部分。 #feedback
- 人民调解委员会正式接手了这件事。你的个案该怎么收尾？ #phase:closing
+ [分别告诉两家：这件事已经由街道人民调解委员会正式调解，社工站的个案就此结束；以后如果还需要别的帮助，社工站的门一直开着 #phase:closing #quality:best #close-reason:new-needs #close-form:direct]
    需求变了：正式的纠纷调解应当由人民调解委员会来做。直接、清楚地告诉两家个案结束的原因，并说明以后还能找谁，是负责任的结案。 #feedback
+ [继续自己去两家做调解，和调委会两头跑：两家的情况我最熟，调委会那边也需要有人把前因后果讲清楚，多一个人多一份力，不能半途撒手 #phase:intervention #quality:weak]
    两条调解线同时进行，两家会无所适从，也可能互相拆台。正式调解接手之后，社工站应当结案，必要时配合提供情况。 #feedback
+ [什么也不说，从此不再联系两家 #phase:closing #quality:harmful]
    不告而别会让当事人觉得被抛下，也违背了结案要提前告知、说明原因的要求。 #feedback
- 几天后，你给李先生打电话，说起个案接下来的安排。他沉默了一会儿，冷冷地说了一句。
“你们社工除了添乱，还会干什么？” #speaker:li #reaction:anger
+ [“那次会确实是我安排得太急，让您受了委屈。您有这个火，我能理解。” #technique:empathy #phase:closing #quality:best]
    “……算了，都过去了。” #speaker:li
    结案时的愤怒是常见的负面反应。不辩解，先承认、接住，对方反而容易平静下来。 #feedback
+ [直接挂了电话 #phase:closing #quality:harmful]
    挂断电话等于把关系断在了最糟的地方。面对当事人的愤怒，社工要稳住自己，必要时事后找督导谈谈自己的感受。 #feedback
+ [“我们也是按程序办事，每一步都跟两家商量过，会也是两家都同意了才开的。您这么说，对我们不太公平。” #technique:confrontation #phase:closing #quality:weak]
    “程序？程序让我三个月睡不着觉？” #speaker:li
    在对方愤怒的时候去纠正他，是没有关怀的对质，只会火上浇油。先接住情绪，再谈其他。 #feedback
- 一个月后。 #phase:follow-up
+ [请周老师私下替你盯着两家，有什么动静就第一时间告诉你 #phase:follow-up #quality:weak]
    跟进是公开、直接地和当事人联系，而不是托人暗中观察。这样做既不尊重两家，也可能让周老师左右为难。 #feedback
    周老师有些为难，只说调委会帮两家签了一份调解协议，别的他不好多说。
+ [给两家和周老师各打一个电话，问问调解之后的情况 #phase:follow-up #quality:best]
    个案虽然转给了别的组织，跟进仍然有意义：了解两家的现状，也让他们知道社工站没有一走了之。 #feedback
    电话里，张太太说调委会帮着签了一份调解协议，扫帚不响了，两家见面还是不说话。
+ [案子已经转出去了，不再过问 #phase:closing #quality:weak]
    个案结束不等于不闻不问。结案后的回访，能了解当事人的现状，也能发现还有没有别的需要。 #feedback
    后来你从小吴那里听说，调委会帮两家签了一份调解协议，两家见面还是不说话。
- 噪音的事，最终由调解协议管住了；可楼上楼下的那口气，一直没有真正消下去。 #ending:escalated
-> END

// ───────────── 结局：一方退出 ─────────────
=== dropped ===
{ favoured == 1:
    那天以后，李先生不再接你的电话。
- else:
    那天以后，张家不再给你开门。
}
+ [连着三天上门敲门，劝他们回来把会开完 #phase:intervention #quality:harmful]
    对方已经表明不愿意继续，反复上门就是不尊重他们的自决，只会让关系更僵。 #feedback
    第三天，门上贴了一张纸条：请不要再来了。
+ [跟留下的那一家说：“他们不来就算了，调解是自愿的，咱们不能干等。我们照样把协议定下来，上午几点到几点怎么安排写清楚，回头我给他们送一份过去。” #technique:suggestion #phase:intervention #quality:weak]
    邻里协议需要双方都参与，一方缺席定下的协议没有约束力，只会被看作又一次“站队”。 #feedback
    协议写了一半，就没了下文。
+ [当天给离开的那一家发条消息：为那句不当的话道歉，尊重他们不再参加的决定，也说明如果以后愿意，随时可以再谈 #technique:empathy #phase:intervention #quality:best]
    真诚道歉、尊重当事人的自决，是在关系破裂后唯一站得住的做法。不强求，也不关门。 #feedback
    { favoured == 1:
        过了两天，李先生回了一句。
        “知道了。” #speaker:li
    - else:
        过了两天，张太太回了一句。
        “知道了。” #speaker:zhang
    }
- 一周后，你和督导讨论这个个案。 #phase:closing
+ [不跟两家说什么，等他们慢慢淡忘 #phase:closing #quality:harmful]
    结案要直接告知当事人，说明原因；不声不响地消失，会让两家都觉得被抛下。 #feedback
+ [向督导说明情况：是自己过早站了队，工作关系已经难以为继；和留下的一家坦诚说明调解没法继续，个案结束；如果两家以后愿意重新开始，建议由站里另一位社工接手 #phase:closing #quality:best #close-reason:relationship #close-form:direct]
    专业关系无法继续时结案，是合理的结案理由；坦白说明原因，并为以后留一条路（换一位社工重新开始），是对当事人负责。 #feedback
+ [只和留下的那一家继续工作，帮她们准备证据，去物业投诉对方 #phase:intervention #quality:harmful]
    帮一方收集证据对付另一方，就彻底成了纠纷中的一方，社工的中立和调解的可能都不复存在。 #feedback
- 一个月后。 #phase:follow-up
+ [自己再上门，找离开的那一家把话解释清楚：那句话不是那个意思，社工站从来没有偏向哪一家 #phase:follow-up #quality:weak]
    对方已经明确不想再和你谈，再上门解释只会让人为难。换一位同事来联系更合适。 #feedback
    门开了一条缝，又关上了。
+ [不再过问 #phase:closing #quality:weak]
    结案后不闻不问，两家的变化就没人知道了。跟进不一定要你本人去，可以请同事或楼里的志愿者帮忙了解。 #feedback
    后来你从小吴那里听说，两家还是谁也不理谁。
+ [请同事分别给两家打个电话问候一下，也问问周老师楼里的情况 #phase:follow-up #quality:best]
    关系断了，跟进仍然可以做：由别的同事出面，了解两家的现状，让他们知道需要时还能找到社工站。 #feedback
    同事回来说，扫帚还是会响，只是没那么频繁了；两家谁也不理谁。
- 一次随口的站队，让一场本来能谈成的调解停在了半路。 #ending:dropped-out
-> END

// ───────────── 结局：一方搬走 ─────────────
=== moved ===
三周试行的最后几天，李先生给你打来电话。
“跟你说一声，我月底搬走。租约到期了，单位在车辆段旁边给了间宿舍。” #speaker:li
“跟楼上没关系……也不全是。反正，就这样吧。” #speaker:li
+ [“那这个案子也就没必要再做了，我跟张家说一声就行。” #technique:information #phase:closing #quality:harmful]
    “行啊，随你。” #speaker:li
    一方搬走，结案的理由成立，但不能跳过评估和告别。李先生睡不好的问题还在，张家也还会有新邻居，这些都需要在结案前处理。 #feedback
+ [“谢谢您特意告诉我。一边上夜班一边张罗搬家，挺累的吧。走之前，您愿不愿意跟我一起回头看看这几周？也算给这段日子一个交代。” #technique:empathy #phase:evaluation #quality:best]
    “……行。这三周确实没再敲过，睡是睡得好点了。就是白天那点动静，我还是容易醒。” #speaker:li
    搬家是你左右不了的事，但评估仍然要做：这几周协议起了多少作用、还剩下什么需要，都决定着怎么结案。 #feedback
+ [“您再考虑考虑吧，现在刚刚好起来，协议也签了，楼上也注意了，白天能睡个整觉了。这时候搬走多可惜，押金、中介费也是一笔钱，新地方也不一定安静。” #technique:suggestion #phase:evaluation #quality:weak]
    “你这话说的，房租你给我交？” #speaker:li
    搬不搬家是当事人自己的决定。社工要尊重他的自决，把精力放在怎么好好收尾上。 #feedback
- 月底，个案要结束了。 #phase:closing
+ [在系统里直接结案，不再和两家联系 #phase:closing #quality:harmful]
    即使结案理由成立，也要告诉当事人，说明原因，安排好还没解决的需要。悄无声息地结案，会让人觉得被丢下。 #feedback
+ [告诉张太太：“楼下搬走了，问题自然就解决了。” #technique:summarising #phase:closing #quality:weak]
    这句总结加进了你自己的结论，也错过了巩固张家所学的机会：老楼隔音差，新邻居同样会听到动静。结案时要和她一起回顾，这段经历里哪些办法以后还用得上。 #feedback
+ [分别告诉两家：因为李先生搬家，个案在月底结束；李先生说夜班后睡不好的问题还在，征得他同意后，把他新住处所在街道社工站的联系方式给他，需要时可以去找 #phase:closing #quality:best #close-reason:unforeseen #referral]
    当事人搬离服务区域，属于无法预料的情况，可以结案；他还有未满足的需要，就转介给新住处所在区域的社工站，这是转介的正当理由之一。 #feedback
- 一个月后，402搬进了一对年轻夫妻。 #phase:follow-up
+ [不再过问，案子已经结了 #phase:closing #quality:weak]
    结案后的回访能发现新的变化，比如新邻居搬来。跳过跟进，就少了一个巩固成果的机会。 #feedback
+ [自己去402，替张家跟新邻居把情况说明白：楼上有个两岁多的孩子和老人，白天难免有动静，请他们多担待，有事先找社工站 #phase:follow-up #quality:weak]
    替当事人出面，剥夺了她们自己建立邻里关系的机会。跟进时更适合给建议、做支持，让张家自己去。 #feedback
+ [给张家打个回访电话，问问新邻居的情况；如果她们愿意，建议请周老师陪着，去楼下打个招呼，把两家的作息说一说 #technique:suggestion #phase:follow-up #quality:best]
    “行，这回我们先去敲门，不等人家贴纸条。” #speaker:zhang
    回访能发现新的变化；建议给了理由，又让张家自己决定，把从这次冲突里学到的东西用在新邻居身上。 #feedback
- 李先生搬走了。协议没来得及经受更长时间的考验，但地垫、毛毡和“有事发微信”的约定，留在了502。 #ending:moved-away #close-reason:unforeseen
-> END

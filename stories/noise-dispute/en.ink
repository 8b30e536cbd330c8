# title: The noise upstairs
# summary: The Zhangs in flat 502 and Mr Li in 402 have gone from notes on doors to a broom against the ceiling and a shouting match on the stairs. Each side tells a different story: hear them out separately, find the root of the trouble, and help the two households write their own noise agreement.
# minutes: 35
# lang: en
# difficulty: 3
# skills: listening, empathy, focusing, summarising, information, suggestion
# cast: zhang=Mrs Zhang; zhang_gran=Grandma Zhang; li=Mr Li; zhou=Mr Zhou; neighbour=Mrs Chen; property=Xiao Wu (property management); worker=Social worker (you)

// trust 0–3; favoured: 0 no side taken, 1 sided with the Zhangs, 2 sided with Mr Li
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

// ───────────── Intake ─────────────
=== intake ===
Monday morning at the Xingfuli community social work station. Xiao Wu from property management comes in with a stack of complaint forms and an apologetic look. #phase:intake
“It’s 402 and 502 in Building 5 again. Mr Li downstairs has complained three times this month: thumping from upstairs every day. The Zhangs upstairs say he bangs on their floor with a broom and tapes notes to their door. Last Sunday they had a row on the stairs that the whole building heard. We’ve tried talking to them, and neither side will budge… Is this something you could take on?” #speaker:property
+ [“Neighbours’ quarrels aren’t really our area. They should call the 12345 hotline or go to the police.” #technique:suggestion #phase:intake #quality:harmful]
    “The police came out once already. They said it’s a civil matter between neighbours and the community should mediate. It’s been round the houses and ended up back with you.” #speaker:property
    Referral is justified in two situations only: the problem lies outside the agency’s service scope, or the person lives outside its service area. Relations between neighbours are core community social work; passing the case on just leaves people bouncing between offices. #feedback
+ [“How many rows? Any violence? Have the police been called?” #technique:clarification #phase:intake #quality:weak]
    “Three or four… No violence, no police.” #speaker:property
    Xiao Wu answers and stops there. You know nobody was hurt, but not how things got to this point.
    Checking for risk is right, but a string of closed questions only gets you yes and no. Start with one open question so the story comes out, then ask about safety; you will learn far more. #feedback
+ [“Have a seat and take your time. How did this come to you in the first place, and how bad has it got?” #technique:listening #phase:intake #quality:best]
    Xiao Wu takes a sip of water and starts from the beginning: Mr Li first phoned in two months ago; then the two households started taping notes to each other’s doors; last Sunday’s row on the stairs left Grandma Zhang in tears with the little one in her arms. Luckily nobody laid a hand on anyone, and nobody was hurt.
    “Mr Li says if he can’t get some sleep he’ll go to the TV station. Mrs Zhang says one more bang and she’s calling the police.” #speaker:property
    An open question lets the referrer tell the whole story: how the request for help came about, how far the conflict has gone, whether anyone is at risk. That is exactly the first judgement intake calls for. #feedback
+ [“Leave it with me. I’ll go up to 502 this afternoon and have a proper word with the Zhangs: tread lightly, and no more thumping in the daytime. I’ll let you know how it goes.” #technique:suggestion #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “Brilliant! I’ll ring the Zhangs now and tell them the social worker’s coming round about the noise.” #speaker:property
    Before you can stop him, Xiao Wu is on the phone. The Zhangs have decided you are coming to accuse them before you have even met.
    This jumps straight to intervention with no intake and no assessment, and treats the complainant’s account as the verdict. In a dispute between two households, neutrality starts with the very first step: find out what is going on and contact both sides separately before deciding anything. #feedback
- You decide to take the case. The station’s procedure says the first step is to get in touch with each household separately.
-> intake.contact

= contact
+ [Ask Xiao Wu to tell both households to come to the station tomorrow at seven, put three months of grievances on the table and settle it in one go #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    ~ trust_li = MAX(trust_li - 1, 0)
    Both households turn up the next evening. Within five minutes, tempers flare.
    “Have you people got no manners at all?” #speaker:li
    “And shoving a broom at our floor is good manners, is it?” #speaker:zhang
    Mrs Zhang leaves, taking Grandma with her. Mr Li gives you a thin smile.
    “Told you. There’s no talking to them.” #speaker:li
    Putting two angry parties at one table before you understand the situation only feeds the fire. A joint mediation comes after separate interviews, once feelings have settled; at intake, the job is to contact each side and build a relationship. #feedback
    Afterwards you have to phone both households again and set up separate meetings.
+ [Go to 402 and see Mr Li first; he is the one who complained #phase:intake #quality:weak]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    You knock at 402 first. Through the door, Mr Li says he is asleep and tells you to come back another day after four. On your way down you pass Grandma Zhang coming up the stairs with her shopping. She looks at you and says nothing.
    You only get through to Mrs Zhang that afternoon.
    “I hear you went downstairs first this morning?” #speaker:zhang
    Seeing one side first is not wrong in itself, but in a two-household dispute, seeing only the complainant first is easily read by the other side as picking a side. It is safer to contact both at once and book a separate meeting with each. #feedback
+ [Ask Xiao Wu for the records of the three complaints (when each came in, what it said, how it was handled) and the basics on both households, and contact them once you have a clear picture #phase:assessment #quality:good]
    The records show that all three complaints came in between nine and eleven in the morning. You note the times, then phone both households and set up separate meetings.
    Existing records are a legitimate source of information, and this timeline will come in useful. But records are no substitute for the people themselves; once you have read them, get in touch with both households promptly. #feedback
+ [Phone each household: say you’re the community social worker, not from property management or on anyone’s side, and ask if they’d be willing to talk with you on their own first #phase:intake #quality:best]
    Mrs Zhang hesitates.
    “…All right. Come on Wednesday at one; the little one naps then.” #speaker:zhang
    Mr Li sounds cold.
    “I’ll talk. After four in the afternoon. Before that I’m asleep.” #speaker:li
    Both households are parties to the dispute, and both are your clients. Contacting them at the same time and on equal terms, saying who you are and why you are calling, and respecting whether they want to talk: that is where the professional relationship and informed consent begin, and it is the first building block of neutrality. #feedback
- -> intake.zhang_home

= zhang_home
Wednesday afternoon, flat 502. Mrs Zhang opens the door with a just-woken toddler on her hip. Grandma Zhang stands behind her.
{ trust_zhang == 0:
    “I knew it. He sent you, didn’t he? What have we done now?” #speaker:zhang
- else:
    “You must be the social worker… Did the man downstairs send you?” #speaker:zhang
}
+ [“I know exactly how you feel. When my child was two, I was on my own with him every day too, and once…” You tell her about your own years with a toddler, and go on for a good five or six minutes #technique:self-disclosure #phase:intake #quality:weak]
    Mrs Zhang listens politely and waits for you to finish.
    “So… what was it you actually came to ask?” #speaker:zhang
    Self-disclosure can bring you closer, but it should be brief and relevant, and the focus should go straight back to the other person. After five or six minutes of your story, the conversation is about you, not her. A sentence or two, then an invitation to tell you about her situation, would work far better. #feedback
+ [“We’ve had reports that your child runs around indoors all day and Grandma does her exercises in the living room in the mornings, and downstairs can’t get any rest. I’d just like to check those points with you first. You’re aware of all this, I take it?” #technique:confrontation #phase:intake #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “Of course I’m aware! Is it illegal now for a child to walk in her own home? If you’re here to pass on his messages, you can stay outside.” #speaker:zhang
    In the end she lets you in, but she stays by the door the whole time.
    Laying out her “problems” before any relationship exists is premature confrontation; it sounds as if you are pressing the downstairs neighbour’s case. At intake, explain who you are and take in her feelings first; confrontation waits until there is trust, and even then it is offered tentatively. #feedback
+ [“Hello, Mrs Zhang. I’m the community social worker, not from property management and not on either household’s side. I’m here to hear how things are for your family; whether we talk, and how much, is up to you.” #technique:information #phase:intake #quality:good]
    “…Come in, then.” #speaker:zhang
    She lets you in, but stays standing with her arms folded.
    Explaining who you are, why you have come and that taking part is voluntary is the groundwork of informed consent. But she opened the door on her guard; acknowledging how she feels first would have built the relationship faster. #feedback
+ [“Nobody sent me. I hear things have been pretty tense between upstairs and downstairs lately, and with you looking after a little one on your own all day, I imagine there’s a lot you’ve been holding in.” #technique:empathy #phase:intake #quality:best]
    ~ trust_zhang = MIN(trust_zhang + 1, 3)
    Mrs Zhang pauses, then steps aside to let you in.
    “…Come in, then.” #speaker:zhang
    One sentence to make clear nobody sent you, then you pick up the hurt and tiredness she is feeling right now. Primary empathy makes her feel understood rather than interrogated, and the door opens. #feedback
- -> intake.li_home

= li_home
Just after four that afternoon, flat 402. Mr Li’s eyes are bloodshot when he opens the door. Heavy blackout curtains are drawn, and there are two pairs of earplugs on the bedside table.
“A social worker? Property management can’t sort it out, so what are you going to do? Anyway, you’ve seen that lot upstairs. No manners.” #speaker:li
+ [Put your bag down, sit facing him, lean in a little, keep your eyes on him and wait for him to finish #technique:attending #phase:intake #quality:good]
    The anger he had ready seems to lose its target. After a silence he rubs his eyes and speaks.
    “I work nights. Do you know what it’s like when you can’t sleep in the day?” #speaker:li
    Facing him, an open posture, a steady gaze: attending itself tells him you are listening, and he gives you a key piece of information. At intake you still need to explain who you are, confidentiality and his right to choose before long; sitting and listening is not enough on its own. #feedback
+ [“Tell you what: next week I’ll get the building rep and property management in, your two households sit down, and we write out the rules: quiet hours, no banging, how you contact each other.” #technique:suggestion #phase:planning #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    “Sit down? With them? You don’t even know what’s going on in my home and you want to set rules for me?” #speaker:li
    A plan before you understand the situation puts planning ahead of assessment. The suggestion is too early and makes the decision for him; it sounds like one more person come to tell him what to do. Finish intake, get to know each household, and work out a plan with them afterwards. #feedback
+ [“Banging on the ceiling with a broom and making their child cry… that’s not really on, is it?” #technique:advice #phase:intake #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    “Great, another one come to lecture me. Go on, what else am I guilty of?” #speaker:li
    The broom does need to be talked about, but not now. Moralising before there is any relationship just puts you in the other camp. At intake, explain who you are and why you have come; once there is trust, you can spell out the harm the banging does. #feedback
+ [“You’re right, I can’t rule on who’s in the right. What I can do is get a clear picture of both households and help you find an arrangement that works for both of you. Would you talk to me? Nothing you say goes further without your permission.” #technique:information #phase:intake #quality:best]
    ~ trust_li = MIN(trust_li + 1, 3)
    Mr Li studies you for a few seconds, then steps aside.
    “…Come in. Don’t bother with your shoes.” #speaker:li
    No big promises: an honest account of what a social worker can and cannot do, plus confidentiality and his right to choose. Information like this wins more trust than any guarantee. #feedback
- You arrange a longer, separate conversation with each household for the following week.
-> assessment

// ───────────── Assessment ─────────────
=== assessment ===
The following Monday, one o’clock, flat 502. Lele has just gone down for her nap. Grandma Zhang switches off the TV and Mrs Zhang sits down opposite you. #phase:assessment
“Ask whatever you like.” #speaker:zhang
+ [“Could you tell me what a normal day looks like in your home? Start from when you get up.” #technique:listening #phase:assessment #quality:best]
    Mrs Zhang thinks, then takes you through it: her husband leaves at seven and gets home at ten at night; she works from home in online customer service and is at her desk all day; at eight Grandma takes Lele out to buy food, comes back at nine and does twenty minutes of exercises along with a video on her phone, then starts chopping filling and cooking after ten; Lele plays in the bedroom in the mornings, throwing balls and pushing her toy car about (the living room has had foam mats down for ages), and naps at half past twelve.
    “The odd thing is, he only ever bangs in the morning. She’s much noisier in the afternoon and he doesn’t make a sound. We always thought he was just picking a fight.” #speaker:zhang
    An open question lets her tell it her own way, and the whole daily rhythm comes out; “only ever in the morning” is exactly the clue to the root cause. In assessment, letting people narrate freely gathers more, and truer, information than question and answer. #feedback
+ [“With old blocks like this, honestly, a few floor mats and felt pads on the chair legs would solve most of the problem.” #technique:suggestion #phase:planning #quality:weak]
    “We did put mats down! That one in the living room. He still bangs. You haven’t even heard our side yet.” #speaker:zhang
    Only then do you learn that Lele plays in the bedroom in the mornings; the living-room mat is nowhere near where it matters.
    A solution before you understand the problem is a suggestion made too early: it may be the wrong remedy, and it decides for her. Gather information and find the root cause first; solutions are worked out with both households at the planning stage. #feedback
+ [“Don’t take it to heart; what home doesn’t have kids and grandparents? It sounds to me like the man downstairs just has a short fuse: something bothers him, and instead of talking he bangs with a broom and sticks notes on doors. Anyone would find that hard.” #technique:empathy #phase:assessment #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 1
    “Exactly! You’re the first person who’s been fair to us.” #speaker:zhang
    That evening she posts your words, almost verbatim, in the building’s WeChat group: even the social worker says the man downstairs has a short fuse.
    This is sympathy, not empathy, and it takes a side after hearing only one party. Empathy means entering her feelings and showing you understand them, not passing judgement on someone else for her. In a two-household dispute, even a throwaway remark of agreement will reach the other home. #feedback
+ [“Does your little one run around the flat all day? And Grandma does her exercises in the living room, right?” #technique:clarification #phase:assessment #quality:weak]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “Yes, she runs. Yes, Grandma exercises. So? You sound just like the notes he sticks on our door.” #speaker:zhang
    Both questions are closed and leading; they sound like a charge sheet being checked. Clarification helps someone make a vague statement concrete; it does not supply the answer for them. Ask “What does a normal day look like for you?” and she will tell you all this herself. #feedback
- -> assessment.zhang_more

= zhang_more
When the talk turns to downstairs, Grandma Zhang can’t help joining in.
“All I do is twenty minutes of exercises with my phone at nine. It’s a habit from back home… And when he bangs, Lele dives into my arms and cries and cries, and nothing will settle her.” #speaker:zhang_gran
“Last week he stuck a note on our door saying we had no manners. My husband’s never home; the baby and my job all land on me and Grandma. Do you know how tired I am?” #speaker:zhang
+ [“Looking after a little one is so hard, you work so hard. You’re a really good mum.” #technique:encouragement #phase:assessment #quality:weak]
    “…Thank you.” #speaker:zhang
    Mrs Zhang smiles politely, and the conversation stalls there.
    Vague praise sounds like a pleasantry: it neither names what she feels nor helps her go on. Encouragement should be tied to a specific effort; right now she needs understanding more than compliments. #feedback
+ [“Right, I’ve got all that down. Back to the main thing: on the stairs that day, who actually started it? I need that straight before I check it with downstairs.” #technique:listening #phase:assessment #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    You have cut her off mid-sentence. Her face hardens.
    “Are you here to judge the case? Well, it wasn’t us who started it.” #speaker:zhang
    From then on she answers only “mm”, “yes” and “don’t know”.
    She was in the middle of what matters most to her, and you interrupted to ask who started it. That is selective listening plus a judge’s question. Listening means hearing both content and feeling to the end, and who is to blame is not the question assessment has to answer. #feedback
+ [“Grandma said the exercises are a habit from back home, and you said it hurts when the little one cries. Could you tell me more precisely when the knocking from downstairs usually happens, and how long it goes on each time?” #technique:clarification #phase:assessment #quality:good]
    “Almost always in the morning, after nine, after ten. Bang bang bang, a few times, then it stops. He never does it in the afternoon.” #speaker:zhang
    You write “9–11 a.m.” in your notebook. It matches the times property management logged for the complaints.
    Turning “every day” into specific times makes the information checkable; that is solid work. But she had just said how tired she is; acknowledging that first, then asking for details, would have made her more willing to go on. #feedback
+ [“From what you’re saying, it’s not just tiredness. What really stings is that you’ve been doing your best to be careful, and you’re still being treated as the family with ‘no manners’.” #technique:empathy #phase:assessment #quality:best]
    ~ trust_zhang = MIN(trust_zhang + 1, 3)
    Mrs Zhang’s eyes fill. After a while she goes on, quietly.
    “The note that said ‘Downstairs, please stop making trouble’… that was me. And on the stairs that day, I wasn’t exactly quiet either.” #speaker:zhang
    Advanced empathy names the hurt she had not put into words: being labelled “no manners”. Once she feels understood, she tells you her own part in the conflict, something no amount of questioning would have got. #feedback
- -> assessment.li_home

= li_home
Four o’clock the next afternoon, flat 402. Mr Li has just got up. He is holding a mug of strong tea, his eyes still puffy.
{ favoured == 1:
    ~ trust_li = MAX(trust_li - 1, 0)
    He doesn’t ask you to sit. Instead he holds out his phone: a screenshot from the building group that reads “even the social worker says the man downstairs has a short fuse”.
    “That was you, wasn’t it? I knew it. You’re all the same.” #speaker:li
- else:
    “Oh, you’re here. Sit down.” #speaker:li
}
Before you can ask, he pours out his whole day: he works nights on the metro, maintaining the tunnels, ten at night till six in the morning; he gets home at seven, showers, is in bed by eight and sleeps until three in the afternoon.
“Nine o’clock on the dot, thump thump thump from upstairs. After ten the chopping starts, and it feels like the cleaver’s coming down on my skull. I’ve bought five kinds of earplugs. They block out voices, but not that thud. Three months now. Four hours’ sleep a day is a good day.” #speaker:li
“On the stairs that day, their grandma told me: ‘If it’s too noisy, go and buy a villa.’ I rent. Where am I supposed to buy? I spend all night in the tunnels hauling tools that weigh a ton, I come home, lie down and get woken up. If I don’t bang, what else can I do?” #speaker:li
+ [Sit down with your phone on your knee and answer Xiao Wu’s messages while he talks #technique:attending #phase:assessment #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    Mr Li stops halfway through a sentence.
    “You carry on. Don’t let me keep you.” #speaker:li
    After that, his answers are short.
    Looking down at your phone tells him he doesn’t matter. Attending means facing the person, making eye contact and keeping an open posture; the phone should have been put away before you knocked. #feedback
+ [“Let's put all that to one side for now; we haven't much time, so let's get to the point. What exactly do you want the people upstairs to do? After what time should it be quiet? Which noises bother you most? I'll note it down and take it to them.” #technique:focusing #phase:assessment #quality:weak]
    ~ trust_li = MAX(trust_li - 1, 0)
    “The point? I’ve been talking all this time and you haven’t heard a word?” #speaker:li
    He has not been fully heard, yet you rush to narrow the talk and jump straight to demands and solutions. Focusing works once the person has said enough and feels understood; before that, it is an interruption. #feedback
+ [“I couldn’t stand it either. That family upstairs really is being unreasonable.” #technique:empathy #phase:assessment #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 2
    ~ trust_li = MIN(trust_li + 1, 3)
    “Exactly! Finally someone with some sense.” #speaker:li
    The next day, he tells people on the stairs that the social worker is on his side.
    That is sympathy plus taking sides, not empathy. Judge after hearing one party and the other household will find out sooner or later; once neutrality is gone, mediation becomes very hard. Empathy means understanding his feelings, not endorsing his verdict on other people. #feedback
+ [“Three months without a full night’s sleep, and tunnel work every night; a lot of this anger sounds like sheer exhaustion. And I get the feeling that every time you bang, you don’t feel too good about it yourself?” #technique:empathy #phase:assessment #quality:best]
    ~ trust_li = MIN(trust_li + 1, 3)
    Mr Li says nothing for a long moment, then sighs.
    “When that kid cries, I can hear it clear as anything downstairs. I’m not trying to scare a child… But I have to let them know someone down here needs to sleep.” #speaker:li
    First you respond to his exhaustion, which is primary empathy; then you put into words the mixed feelings he has not said aloud, which is advanced empathy. Feeling understood, he admits he does not want to keep banging either, and that leaves a door open for the intervention later. #feedback
- -> assessment.neighbours

= neighbours
You have heard both accounts, but each comes from one side only. You want to check them against other sources.
+ [You have heard both sides; that is enough. Skip the neighbours and write the assessment #phase:assessment #quality:weak]
    You close your notebook and go back to the station. Only when you start writing do you realise that you can only guess how well the building carries sound, or whether the Zhangs know their neighbour works nights.
    With only the two parties’ accounts, it is hard to tell fact from each side’s reading of it. Assessment draws on several sources and cross-checks them: neighbours, property records and your own observation all fill in what the parties cannot see. #feedback
+ [With both households’ consent, visit Mrs Chen in 401 and ask only what she has heard and seen, nothing about either family’s private business #phase:assessment #quality:best]
    Mrs Chen is retired and has lived alongside both families.
    “This block went up in the nineties. The floors are thin and they’re all tiled; drop a chopstick upstairs and you hear it downstairs. I know young Li works nights and sleeps in the day. But the Zhangs only moved in last year. How would they know?” #speaker:neighbour
    “That day on the stairs was just bad timing: Li had just come off his shift, eyes all red, and Grandma was going out with the baby. One word led to another. They’re not bad people, either of them. Li carried a gas cylinder up for me once. They just don’t know the first thing about each other.” #speaker:neighbour
    Gathering information from several sources and cross-checking it is basic to assessment; asking consent first and sticking to facts protects confidentiality and avoids gossip. The neighbour supplies two key facts: the old building carries sound badly, and the Zhangs have no idea their neighbour works nights. #feedback
+ [Ask Xiao Wu for the exact times of the three complaints and how each was handled, and also when the block was built, how thick the floors are and how well they stop sound #phase:assessment #quality:good]
    “All three came in between nine and eleven in the morning. This block’s from the nineties, precast slabs, tiled floors everywhere. The soundproofing’s hopeless; we get complaints like this from several buildings.” #speaker:property
    Records and the physical environment are important assessment data, and the complaint times confirm the clash of daily rhythms. With consent, a word with a neighbour would add what no record shows, such as how the two families usually get on. #feedback
+ [Post a short poll in the building’s WeChat group asking neighbours which they hear more, 402 or 502, and at what times, so the assessment rests on more voices than the two parties’ #phase:assessment #quality:harmful #critical:confidentiality]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    ~ trust_li = MAX(trust_li - 1, 0)
    The group explodes. Someone posts photos of the notes; someone says children are meant to be noisy; someone says night shifts are nobody else’s problem. Both households are in the group, and both read every word.
    Discussing clients’ affairs in public breaks confidentiality and puts both households under the whole building’s gaze. To learn from neighbours, get the parties’ consent first, ask one person at a time, and ask only about facts. #feedback
    Afterwards you quietly ask Mrs Chen a few questions. She sighs: the building carries sound terribly, and she doubts the Zhangs even know the man downstairs works nights.
- -> assessment.report

= report
Back at the station, you sit down to write the assessment.
+ [Skip the report for now, go upstairs and ask the Zhangs to cover the floors with mats and put felt pads on the chair legs #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    Mrs Zhang blocks the doorway.
    “Us again? What has he done? Why is it always us who have to change?” #speaker:zhang
    You go back to the station and write the report after all.
    Without a finished assessment or a plan both sides have agreed to, you have set out to change one party’s behaviour: two stages skipped, and the Zhangs now feel you have decided it is their fault. Complete the written assessment, then make a plan with both households. #feedback
+ [Write: on the surface, noise and mutual blame; underneath, clashing daily rhythms, an old building that carries sound, and two families who have never really talked. Strengths: both want a quiet life, the Zhangs are willing to try things, Mr Li cares about the child, and neighbours like Mrs Chen and Mr Zhou can help #phase:assessment #quality:best]
    Your supervisor reads it and circles the strengths section: good work here; the plan will grow out of this.
    A good assessment separates surface symptoms from underlying causes and records the clients’ abilities and the resources around them. Locating the problem in “different rhythms plus poor communication”, rather than in either person, leaves room for mediation. #feedback
+ [Write: the noise comes mainly from 502 (a child running, morning exercises, chopping before lunch) and Mr Li, chronically short of sleep, is the affected party; next step, press the Zhangs to make changes and remind Mr Li to stop banging #phase:assessment #quality:harmful]
    Your supervisor reads it and asks: if Mrs Zhang saw this, would she still talk to you? And why is it only the mornings he can’t bear, and do the Zhangs even know? There isn’t a word about that here.
    This assessment accepts one side’s account, mistakes the symptom for the cause, and sees no strengths on either side. Assessment puts both sides’ information together and looks for the root of the conflict, not for a culprit. #feedback
+ [Write: both parties are highly emotional; Mrs Zhang is defensive and Mr Li quick-tempered, the grudge is three months old and neither is keen to talk; mediation will be difficult, so watch for a while before stepping in #phase:assessment #quality:weak]
    Your supervisor shakes her head: “defensive” and “quick-tempered” are labels, not an assessment. Where exactly are they stuck? And what do they have to work with?
    Labelling people by personality hides what can actually be worked on (daily rhythms, soundproofing, how they communicate) and ignores both families’ strengths. An assessment sets out how the problem shows itself, its causes, and the clients’ abilities and the resources around them. #feedback
- -> planning

// ───────────── Planning ─────────────
=== planning ===
With the assessment done, you go back to each household to work out what happens next. First, 502. #phase:planning
“So what do you think we should do?” #speaker:zhang
+ [Bring out the Noise Pollution Prevention and Control Law and read it to her clause by clause, starting from the general provisions #technique:information #phase:planning #quality:weak]
    Three pages in, Mrs Zhang interrupts.
    “So you’re saying we’ve broken the law?” #speaker:zhang
    Information should fit what the person needs, in words they use. Reading out the statute turns into a lecture and makes her feel treated as a lawbreaker. If the rules matter, pick one or two relevant points and put them plainly, such as which hours the law counts as night-time, and that it asks households to keep everyday noise down. #feedback
+ [“Let’s just hold a mediation meeting this Saturday. Both families come, and we sign an agreement on the spot.” #technique:suggestion #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “Sign an agreement? Saying what? We haven’t even talked about what we want.” #speaker:zhang
    No plan yet, and you are already rushing into intervention and a joint meeting, skipping the step of setting goals with the clients. Work out each household’s goals and the changes they can make first, then arrange for them to meet. #feedback
+ [“That’s for your family to decide; I’ll think it through with you. A month from now, what would life between upstairs and downstairs need to look like for you to say ‘that’ll do’?” #technique:clarification #phase:planning #quality:best]
    Mrs Zhang thinks for a long time.
    “No more banging, no more notes, Lele not bursting into tears at every thud. And we can live normally, not creep about on tiptoe.” #speaker:zhang
    “I could do my exercises at another time. It doesn’t have to be nine o’clock.” #speaker:zhang_gran
    Goals are set with clients, not for them. Asking what things would look like in a month turns a vague “stop the noise” into something concrete that can be checked, and Grandma offers a change she can make herself. #feedback
+ [“I’ve worked it all out for you: on weekdays, from nine in the morning to three in the afternoon, your family keeps the noise right down, Lele plays in the living room and Grandma exercises in the evening; and I’ll go downstairs and tell him the knocking has to stop.” #technique:suggestion #phase:planning #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “Six hours without a sound? Does the child come with a remote control?” #speaker:zhang
    This sets goals for the clients, and unrealistic ones. A plan is made with both households: what they want and what they can manage should come from them, or they will not carry it out. #feedback
- -> planning.li_plan

= li_plan
Four o’clock, flat 402.
“I’ve got one request: let me get a proper sleep in the daytime.” #speaker:li
+ [“How about this: get some better noise-cancelling earplugs and a blackout eye mask, or move your bed into the north-facing room, further from where the child plays upstairs, and put a white-noise machine by the bed. None of it costs much, it works straight away, and you don’t have to wait for them to change.” #technique:suggestion #phase:planning #quality:weak]
    “I’ve tried five kinds of earplugs. The north-facing room is the kitchen. Why is it all on me?” #speaker:li
    The suggestion comes without finding out what he has already tried, and it puts the whole burden on him. A good suggestion has reasons, is open to discussion, and ideally starts by asking what ideas he has himself. #feedback
+ [“A proper sleep: could you say more exactly what that means? Which hours matter most to you?” #technique:clarification #phase:planning #quality:good]
    “Eight till one matters most. That’s when I’m deepest asleep. After one I can manage.” #speaker:li
    Clarifying a vague wish into “eight till one” makes the goal measurable and something the households can negotiate over. But the broom is still hanging there; the plan needs to deal with that too. #feedback
+ [“You’re a grown man, and you’re renting; you may move on in a couple of years, while they own the place with three generations under one roof. Give a little. A good neighbour is worth more than a distant relative, and a feud on the stairs is awkward every day.” #technique:advice #phase:planning #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    “What’s renting got to do with it? Renters don’t deserve sleep?” #speaker:li
    This moralises over a minor matter, with a dig at him as a tenant thrown in. Advice is for pointing out behaviour that really does harm, like the broom, with reasons; simply telling him to give way will make him feel you are on the other side. #feedback
+ [“That’s a perfectly reasonable thing to want, and we’ll work on it together. I also need to say something plainly: each time you bang on the ceiling, the child upstairs is frightened and the family feel provoked. That has to stop first. Could you find another way to let them know?” #technique:advice #phase:planning #quality:best]
    { trust_li >= 2:
        Mr Li is quiet for a moment.
        “…All right. No more banging. So how do I let them know I’m asleep?” #speaker:li
    - else:
        Mr Li doesn’t look pleased. It takes him a while to answer.
        “…Fine, I’ll stop for now. But what if they keep making a racket?” #speaker:li
    }
    Advice used where it counts: name the harm a behaviour does, give the reasons, affirm that his need is legitimate, and invite him to find an alternative himself. With some trust already built, he can hear it. #feedback
- -> planning.zhou

= zhou
You have talked through each household’s goals. Now you need to settle who takes part, how it will work and how long it will take.
+ [Ask Xiao Wu from property management to chair the mediation: the building is his responsibility and the complaint records are his, so he can fix the time and room, invite the building rep, keep the signed agreement on file and see to it that neither household backs out later #phase:planning #quality:weak]
    ~ trust_li = MAX(trust_li - 1, 0)
    “Property management? I complained three times and all they did was smooth it over. If he’s chairing, I’m not coming.” #speaker:li
    In the end you invite Mr Zhou instead, whom both households accept, and agree the timetable with them.
    A mediator has to be trusted by both sides. Mr Li has a long grudge against property management; with them in the chair, you lose him from the start. Ask both households whom they would accept before choosing. #feedback
+ [No need to bring anyone else in or sign anything: both families are reasonable, so a verbal understanding (one more talk each, then a sit-down together) will do; putting it in writing would look like distrust #phase:planning #quality:weak]
    Both households say that’s fine. A few days later, though, Mrs Zhang phones.
    “So when are we actually meeting? And how many times?” #speaker:zhang
    Only then do you agree the timing and the steps with both households, one by one. Mr Zhou hears about it and offers to help.
    A service agreement is neither distrust nor extra pressure on clients; it makes sure both sides are clear about the goals, methods, timing and who does what. A verbal “we’re agreed” is easily understood differently by each side. #feedback
+ [Go straight to Mr Zhou and ask him to step in; surely both families will listen to him #phase:planning #quality:weak]
    ~ trust_li = MAX(trust_li - 1, 0)
    Mr Zhou agrees. But when Mr Li hears about it, he mutters.
    “He’s on the residents’ committee. Bet he’s been pally with the Zhangs for ages.” #speaker:li
    You go back and ask both households’ views after all, and agree the timetable with them.
    Drawing on a respected local figure is a good idea, but without the parties’ consent it can feel like pressure from on high. Ask both households first, then decide who takes part, and put it in the service agreement. #feedback
+ [Ask each household whether they would like Mr Zhou, the retired teacher from Building 3, to help mediate, and invite him once both agree; then sign a service agreement with each: another talk each, a three-way meeting within three weeks, a three-week trial, a review #phase:planning #quality:best]
    “Mr Zhou’s lovely. When we first moved in, he took us to register our residence.” #speaker:zhang
    “Zhou’s all right. He’s fair.” #speaker:li
    “Between neighbours, it’s best to talk things out. I’ll come, but I’ll follow your lead.” #speaker:zhou
    Bringing in a neighbour both families respect lends the process standing they both recognise; asking their consent first means nobody feels pushed into it. A service agreement that sets out goals, methods, timing and each side’s responsibilities gives every later step something to rest on. #feedback
- -> intervention

// ───────────── Intervention ─────────────
=== intervention ===
The plan is in place. As agreed, before the three-way meeting you will see each household once more on their own, to let tempers cool. #phase:intervention
+ [Give each household a printed copy of the “Good Neighbour Code”, with the sections on noise and quiet hours marked in red; let them read it on their own first, and call back in a couple of days to hear what they think #phase:intervention #quality:weak]
    The next day you spot one of the copies in the bin downstairs.
    A printed code is no substitute for talking face to face, and generic clauses about “civilised behaviour” read like a lecture. Intervention should address where these two households are actually stuck, starting with separate conversations. #feedback
    -> intervention.zhang_talk
+ [Start with the Zhangs, who are readier to cooperate, and bring the question they most want answered: why does he always bang in the morning? #phase:intervention #quality:best]
    Starting with the party more willing to cooperate makes it easier to get things moving, and bringing the question they care most about gives the conversation a way in. #feedback
    -> intervention.zhang_talk
+ [Separate talks take too long. Hold the three-way meeting straight away; once they are face to face, they will talk it out #phase:intervention #quality:harmful]
    Skipping the separate talks puts two fires that are still burning at the same table. Intervention starts with what is easiest and with those willing to cooperate: calm each side separately first, then bring them together. #feedback
    -> joint

= zhang_talk
Flat 502. Mrs Zhang is still not entirely over it.
“If you ask me, his night shifts are his business. Why should the whole building run on his timetable?” #speaker:zhang
+ [“Mrs Zhang, he works nights to make a living, and a man has to sleep some time. You’re young; try to be a bit more understanding. Keep the little one quieter in the mornings, move Grandma’s exercises to another time, and this will all blow over. Why let it come to this?” #technique:advice #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “And who’s understanding towards me? I work from home, look after a toddler, and now I’m supposed to live by his moods?” #speaker:zhang
    Using his night shifts as a reason for her to give way, and telling her to “try to be a bit more understanding”, is moralising, and it makes her feel you have gone over to the other side. With his consent, tell her plainly that he works nights and let her draw her own conclusion; that does more than any persuasion. #feedback
+ [“Mr Li has agreed that I can tell you this: he works nights on the metro, doesn’t get home till seven in the morning, and usually sleeps until three in the afternoon. The noise in your flat after nine lands right in the hours when he’s deepest asleep.” #technique:information #phase:intervention #quality:best]
    ~ zhang_calm = true
    ~ trust_zhang = MIN(trust_zhang + 1, 3)
    Mrs Zhang is stunned.
    “Night shifts? …So that’s why it’s always the morning. I thought he was picking the times Lele plays just to have a go at us.” #speaker:zhang
    “Oh dear, so my exercises at nine are right on top of his head?” #speaker:zhang_gran
    The information goes straight to her question, and Mr Li agreed to its being shared. One fact she did not know turns “he’s picking a fight” into “our timetables collide”, and her anger subsides. #feedback
+ [“You have a point. Why should the whole building run on one man’s timetable?” #technique:empathy #phase:intervention #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 1
    “Exactly! When we have this meeting, I’m going to give him a piece of my mind.” #speaker:zhang
    Agreeing with her judgement is taking sides, not empathy. Far from cooling down, she is now ready to settle scores at the meeting. Empathy responds to her feelings (hurt, exhaustion), not to her accusations against the other side. #feedback
+ [“I’ve looked after a little one on my own too; I know the kind of tired where you can’t even stop for a drink of water. But let’s think about one thing today: why is it always in the morning that he knocks? Have you ever wondered?” #technique:self-disclosure #phase:intervention #quality:good]
    ~ zhang_calm = true
    “Yes… why is that?” #speaker:zhang
    You tell her that Mr Li has agreed you can pass this on: he works nights and sleeps during the day. She is quiet for a while.
    “…If only we’d known.” #speaker:zhang
    A brief, relevant self-disclosure shows you understand her, and the focus goes straight back to the problem; well judged. Handing her the key fact directly would have got there faster. #feedback
- -> intervention.li_talk

= li_talk
Flat 402. Mr Li leans back on the sofa, arms folded.
“A meeting? What good will that do? Why should I be the one to give way? If I don’t bang, they don’t take any notice. The kid crying? That’s not my fault.” #speaker:li
+ [“Mr Li, I have to warn you: banging on the ceiling and taping notes to their door counts as harassment too. If they report you for it, you’re the tenant, and you’re the one who’ll lose out.” #technique:advice #phase:intervention #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    “Report me? Let them! We’ll see who disturbed who first.” #speaker:li
    Frightening him with consequences turns advice into a threat and only makes him dig in. What he needs now is help seeing the situation upstairs and what he himself really wants. #feedback
+ [“Wanting them to know someone down here needs to sleep is fair enough, and you’ve kept trying to find a way. Shall we look for something that works better than the broom?” #technique:encouragement #phase:intervention #quality:good]
    ~ li_calm = true
    Mr Li thinks about it.
    “…Maybe I could send her a WeChat message? Her number’s in the property group.” #speaker:li
    The encouragement rests on his real need and the effort he has been making, then invites him to find a way himself, so he becomes the one solving the problem. #feedback
+ [“You say you don’t care what they think, but the moment the child crying comes up, you’re quick to say it’s not your fault. I wonder whether it actually matters to you quite a lot, and you don’t really want to keep banging like this?” #technique:confrontation #phase:intervention #quality:best]
    { trust_li >= 1:
        ~ li_calm = true
        Mr Li looks away. It is a while before he speaks.
        “…Who wants to spend every day jabbing a broom at the ceiling? I just want a decent sleep.” #speaker:li
    - else:
        Mr Li gets to his feet.
        “Don’t give me that. Like you understand me.” #speaker:li
    }
    The confrontation points to a gap between what he says (he doesn’t care) and how he reacts (he rushes to defend himself the moment the child comes up), tentatively and out of concern. Confrontation like this only works once there is trust; without it, the same words land as an insult. #feedback
+ [“The Zhangs have agreed I can tell you this: during the day, it’s a sixty-eight-year-old grandmother looking after a two-and-a-half-year-old on her own, while Mrs Zhang works from home in online customer service. They had no idea you work nights.” #technique:information #phase:intervention #quality:good]
    ~ li_calm = true
    Mr Li’s arms come unfolded.
    “…They didn’t know? I thought they were doing it on purpose.” #speaker:li
    Passing on the other side’s situation, with their consent, helps him see that the family upstairs is not “no manners” but has its own difficulties. Well-chosen information; acknowledging his fear that nobody will take notice if he gives way would make it even steadier. #feedback
- -> intervention.ready

= ready
You have seen both households on their own. Next comes the three-way meeting.
+ [First phone each household: ask whether they feel ready, and agree the ground rules: one person speaks at a time, no dragging up old scores, anyone can call a pause #phase:intervention #quality:best]
    Agreeing ground rules and checking that both sides are ready is an essential step before a joint mediation: people feel safe in the room because the rules were clear beforehand. #feedback
    { zhang_calm and li_calm:
        “All right. I want to clear the air too.” #speaker:zhang
        -> joint
    - else:
        -> intervention.not_ready
    }
+ [Just fix the meeting for Saturday morning and tell both households to be on time #phase:intervention #quality:weak]
    Setting a date without checking whether both households are ready leaves the outcome to luck. Before a joint meeting, make sure both sides have calmed down and agree the ground rules. #feedback
    -> joint
+ [Ask Mr Zhou to drop in on each household and make it clear the mediation is his doing: they're all old neighbours, so they must do him the courtesy of turning up on time and talking properly #phase:intervention #quality:weak]
    Using an elder’s standing to pressure people into a meeting gets their bodies in the room, not necessarily their goodwill. Mr Zhou is there as someone both sides trust, not to apply pressure on the worker’s behalf; whether they are ready is for the parties to say. #feedback
    -> joint

= not_ready
{ not zhang_calm:
    “I’ll come. But I’m coming to ask him what right he had to stick notes on our door.” #speaker:zhang
}
{ not li_calm:
    “I’ve got nothing to say to them. When they stop the racket, we’ll see.” #speaker:li
}
It seems someone is not ready yet.
+ [Put the meeting off for two weeks and do nothing in the meantime: no calls, no visits. Give both households some space to calm down on their own before you set a new date, so that pushing doesn't make things worse #phase:intervention #quality:weak]
    ~ zhang_calm = true
    ~ li_calm = true
    Two weeks on, tempers have cooled a little, but two more notes have appeared in the stairwell. In the end both households reluctantly agree to come.
    Postponing is fine; leaving things alone is not. The waiting time is exactly when to hold separate conversations and help with the feelings, rather than leaving the problem to time. #feedback
    -> joint
+ [“It’s all arranged. You have to be there on Saturday; we’ll sort it out then.” #technique:advice #phase:intervention #quality:harmful]
    Drag reluctant people to the table and the joint meeting will most likely turn into a shouting match. When a party clearly says they are not ready, slow down and hold another separate conversation. #feedback
    -> joint
+ [Visit each household once more: let them get off their chest whatever still rankles most, then tell them about the other side’s situation (with consent) #technique:listening #phase:intervention #quality:best]
    ~ zhang_calm = true
    ~ li_calm = true
    This time you don’t hurry to persuade anyone; you just listen. Only when the anger is spent do you describe the other side’s difficulties. A few days later, both households agree to talk.
    Not pushing people who are not ready, and going back to separate conversations, respects their pace. Let the feelings out first, then give them the other side’s story; that is what moves people from confrontation to negotiation. #feedback
    -> joint

// ───────────── Intervention: joint mediation ─────────────
=== joint ===
{ zhang_calm and li_calm:
    -> joint.open
- else:
    -> blowup
}

= open
Saturday morning, the community activity room. Mr Zhou sits at the head of the table, Mrs Zhang and Grandma Zhang on the left, Mr Li on the right, with an empty chair between them.
+ [Ask Mr Zhou to open with a few words on how good neighbours matter more than distant relatives, to set the tone #phase:intervention #quality:weak]
    Mr Zhou spends ten minutes on the virtues of neighbourly harmony. Mr Li looks at his phone the whole time; Mrs Zhang keeps starting to speak and stopping herself.
    “All true, all true. Now, why don’t you tell us what you each actually think?” #speaker:zhou
    An elder is there to make both sides feel the room is fair and safe, not to open with a lesson; moralising makes people feel cast as the ones who don’t know better. It is better for the social worker to open by stating the purpose and the ground rules and briefly summarising both sides’ situations. #feedback
    -> joint.chaos
+ [“Thank you both for coming. Let me say what I heard from each of you; correct me if I get anything wrong. Upstairs, Grandma minds Lele in the day while Mrs Zhang works from home; they’ve tried hard to be careful, and the notes on their door hurt. Mr Li works nights, hasn’t slept properly in months, and banged on the ceiling when he’d run out of options. Both households want a quiet life.” #technique:summarising #phase:intervention #quality:best]
    { sides_taken:
        Neither household says a word. The room goes tense and quiet.
    - else:
        Grandma Zhang speaks first.
        “Young Li, I honestly didn’t know you worked nights. If I’d known, I’d never have done my exercises at nine.” #speaker:zhang_gran
        Mr Li pauses, and his voice drops.
        “Grandma, that day on the stairs… I said things I shouldn’t have too.” #speaker:li
    }
    The summary sets both households’ key points side by side, without a verdict, and invites correction. Each side hears its own difficulties put into words by someone else, and half the defensiveness drains away. #feedback
    -> joint.chaos
+ [“Today everyone can say whatever they like. Just say what you want to say.” #technique:encouragement #phase:intervention #quality:weak]
    The words are barely out when Mrs Zhang and Mr Li start talking at once, both about that day on the stairs.
    Open does not mean unstructured. A joint session should open by restating the agreed ground rules and briefly summarising both sides; otherwise the talk falls straight into old scores. #feedback
    -> joint.chaos
+ [“From my visits and the complaint records these past weeks, the noise comes mainly from the timetable upstairs: the running, the exercises and the chopping all fall between nine and eleven. So today I’d like the Zhangs to bring a plan to put it right, and Mr Li to go along with it.” #technique:summarising #phase:intervention #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 2
    ~ zhang_calm = false
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    Mrs Zhang shoots to her feet.
    “Put it right? So this is a trial, and we’re in the dock!” #speaker:zhang
    The summary slips in your own conclusion, a one-sided one at that; before the meeting has even begun, one party is the defendant. A summary only gathers what the two sides have said; leave judgement to the facts and solutions to the parties. #feedback
    -> blowup

= chaos
{ sides_taken:
    -> joint.sides
}
-> joint.chaos_main

= sides
{ favoured == 1:
    Mr Li speaks first.
    “Hang on before we start. The Zhangs put it in the building group that even the social worker’s on their side. That’s true, isn’t it? You’ve had it all worked out between you.” #speaker:li
- else:
    Mrs Zhang speaks first.
    “There’s something I need to ask before we start. Have you already decided that we’re the problem?” #speaker:zhang
}
+ [“Hearing that, you must feel this meeting is aimed at you. I did say something I shouldn’t have: I made a judgement before I had heard both households out, and that was wrong of me. Today I’m not speaking for either family; I’m here to help you both say what you need to say.” #technique:empathy #phase:intervention #quality:best]
    You take in their sense of having been wronged, admit your mistake openly, and restate the social worker’s neutral place. Genuineness is the foundation of the professional relationship; covering up only convinces people you are biased. #feedback
    { offended_trust() >= 1:
        -> joint.repaired
    - else:
        -> joint.walkout
    }
+ [“That got garbled along the way. Let’s not get hung up on it and get on with the real business.” #technique:focusing #phase:intervention #quality:harmful]
    What matters most to them is brushed aside with “let’s not get hung up on it”. That is avoidance, not focusing. People need to be heard before you focus, and since the remark really was yours, owning it is the only way to repair the relationship. #feedback
    -> joint.walkout
+ [Ask Mr Zhou to smooth things over: the social worker meant well; let’s not make a fuss #phase:intervention #quality:weak]
    Having an elder explain for you leaves the problem where it was: they want to hear it from you. When the relationship has cracked, the social worker has to face it honestly in person. #feedback
    { offended_trust() >= 2:
        -> joint.repaired
    - else:
        -> joint.walkout
    }

= repaired
{ favoured == 1:
    Mr Li looks at you for a long moment, then finally sits back in his chair.
    “…All right. I’ll listen, for now.” #speaker:li
- else:
    Mrs Zhang looks at you, then at Mr Zhou, and slowly sits back down.
    “…Then I’ll listen, for now.” #speaker:zhang
}
-> joint.chaos_main

= walkout
{ favoured == 1:
    “What’s the point? It was all decided before I got here.” #speaker:li
    Mr Li gets up and walks out. The door bangs shut behind him.
- else:
    “So you’d already taken sides. Come on, Mum, we’re leaving.” #speaker:zhang
    Mrs Zhang takes Grandma by the arm and leaves. Mr Zhou calls after them, but they don’t stop.
}
-> dropped

= chaos_main
The talk circles back to that Sunday on the stairs.
“You pointed in my face and said we had no manners, in front of my child!” #speaker:zhang
“You were the one who told me to get my head examined!” #speaker:li
“Stop it, both of you, stop it…” #speaker:zhang_gran
“Now then, now then, let me say something—” #speaker:zhou
+ [Hold back and let them shout out three months of pent-up anger; once it’s all out, they’ll be ready to talk #phase:intervention #quality:weak]
    The argument gets louder, moving from the notes to the parking spaces downstairs. In the end Mr Zhou slaps the table and everyone stops.
    “That’s enough, both of you. Let’s talk about what happens next.” #speaker:zhou
    In a joint session, the social worker chairs; you are not a spectator. Once both sides have voiced their feelings, focus promptly and bring the talk back to today’s goal; staying silent lets the conflict escalate on its own. #feedback
+ [“You’re both talking about that evening, and I can see it hurt you both. That can wait for another day. Today, can we look ahead: in those morning hours, how can one household sleep and the other still live normally?” #technique:focusing #phase:intervention #quality:best]
    The room goes quiet for a few seconds.
    “…Fine. Let’s look ahead.” #speaker:li
    “I don’t want to fight every day either.” #speaker:zhang
    Once both sides have voiced their grievances, you name the feeling they share, then draw the talk in to the problem they are here to solve. Timed right, focusing is not an interruption; it helps everyone find their direction. #feedback
+ [“Mr Li, could you stop there and let Mrs Zhang finish?” #technique:focusing #phase:intervention #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    Mr Li stops talking and folds his arms again.
    “Right. My fault again.” #speaker:li
    Stopping only one side looks like favouritism to him. Focus on the topic, not on one person: point out that both are talking about that evening, then bring the talk back to today’s goal together. #feedback
+ [“Let me be fair and set the record straight: on the stairs that day, it was Mr Li who lost his temper first and said the harsh things; the Zhangs were only responding. Let’s accept that as a fact, and then we can move on.” #technique:confrontation #phase:intervention #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 1
    Mr Li is on his feet in an instant.
    Passing judgement on one party in front of the other is the plainest way to take sides, and confrontation is not a verdict. In mediation the social worker is a neutral facilitator; who was right or wrong is not what today is for. #feedback
    -> joint.walkout
- -> joint.ideas

= ideas
At last the talk is back on track.
+ [“Let me put a plan to you both: the Zhangs put mats in the bedroom and felt pads on the chairs, Lele plays in the living room in the mornings, Grandma exercises after half past three; Mr Li stops banging, and messages if there’s a problem. How does that sound?” #technique:suggestion #phase:intervention #quality:weak]
    Both households nod. Neither says much.
    The ideas are not bad, but they come too early: before either household has spoken, the solution is already on the table, and all that is left to them is yes or no. Ask each side to say what they can do and what they would like from the other first, then add your own thoughts; that way the agreement is theirs. #feedback
+ [“You’ve both just said you’re willing to look ahead, and that’s not easy. Next, I’d like each household to say what you could do about those morning hours, and what you’d like the other side to do.” #technique:encouragement #phase:intervention #quality:best]
    ~ owned = true
    “My exercises: I’ll do them after half past three in the afternoon. Young Li should be up by then, shouldn’t he?” #speaker:zhang_gran
    “The bedroom where Lele plays in the morning is right above Mr Li’s bedroom. We’ll put mats down in there too, felt pads on the chair legs, and have her play in the living room in the mornings.” #speaker:zhang
    “I’ll… stop banging. If it really gets too much, I’ll send a WeChat message. And I don’t sleep in the day at weekends, so weekends you can do what you like.” #speaker:li
    The encouragement affirms the step both sides have just taken, then hands the job of coming up with ideas back to the households. People carry out the solutions they thought of themselves; this is the social worker as enabler. #feedback
+ [Ask Mr Zhou to decide: he is highly respected, so whatever he says goes #phase:intervention #quality:weak]
    “It’s not for me to say. You two families are the ones who live here.” #speaker:zhou
    But both households sit looking at him, waiting. In the end, Mr Zhou decides almost every clause.
    Asking the elder to decide takes the decision out of the parties’ hands. Mr Zhou’s role is to help both households speak and to act as a witness; the solution has to come from them. #feedback
+ [“First, something you may want to know: by law, ‘night-time’ means ten at night to six in the morning, and our estate’s code sets the midday rest at half past twelve to two. Mr Li’s sleeping hours fall in neither, so those morning hours really come down to what the two of you agree.” #technique:information #phase:intervention #quality:good]
    ~ owned = true
    “So it’s not about anyone breaking the rules. It’s about us working something out ourselves.” #speaker:zhang
    “Then I’ll do my exercises after half past three in the afternoon.” #speaker:zhang_gran
    “I’ll stop banging and send a WeChat message if there’s a problem. I don’t sleep in the day at weekends, so do what you like then.” #speaker:li
    The information is short, relevant and in plain words, and it helps both households see that this is not a question of who broke the law but something they have to negotiate. Then you hand the discussion straight back to them. #feedback
- -> joint.agreement

= agreement
Mr Zhou takes out pen and paper and writes down what has been said. The first draft reads: upstairs will try to be careful; downstairs will raise problems nicely.
{ not owned:
    “These are… all your ideas, aren’t they?” #speaker:zhang
}
+ [“That's about the gist of it: keep it down in the mornings, and talk things through nicely. You're both sensible people and you know what's meant. Spelling out every last detail would only sour things, so let's sign it as it stands and put this to bed today.” #technique:summarising #phase:intervention #quality:weak]
    Both households sign. But what “try to be careful” means, which hours and which noises, is not the same in each of their heads.
    A summary like this glosses over the key differences. Words like “try” and “nicely” in an agreement need clarifying into specific times, behaviour and ways of getting in touch; otherwise there will be another row about what counts as a breach. #feedback
+ [“What does ‘try to be careful’ mean exactly? Between what times, and which noises? And ‘raise problems nicely’: how, by WeChat or by knocking on the door? Let’s write it so neither family could read it two ways.” #technique:clarification #phase:intervention #quality:best]
    The two households go through it point by point and settle on:
    1. On weekdays from 8:30 a.m. to 1 p.m., no jumping games in the Zhangs’ bedroom; Grandma’s exercises move to after 3:30 p.m.; chopping waits until the afternoon, or is done on a thick towel.
    2. The Zhangs put interlocking mats down in the bedroom and felt pads on the chair legs, and wear soft slippers at home.
    3. Mr Li stops banging on the ceiling and stops leaving notes; if there is a problem, he sends Mrs Zhang a WeChat message first, and the Zhangs reply “got it” when they see it.
    4. At weekends Mr Li does not sleep during the day, and the Zhangs carry on as normal; after 9:30 p.m., both households take extra care.
    5. In three weeks, with Mr Zhou and the social worker, the two households meet again to see which points work and which need changing.
    Both households sign, and Mr Zhou writes his name in the space for a witness.
    Clarification turns words everyone can read differently, like “try” and “nicely”, into specific times, actions and signals. The more concrete the terms, the less there is to fight over later, and the last clause sets a date for evaluation. #feedback
+ [“Let’s add one more clause: whoever breaks the agreement gets fined by property management.” #technique:suggestion #phase:intervention #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    Mr Li nods, but Mrs Zhang’s face darkens.
    “So if the baby cries once, that’s a breach? How can I sign that?” #speaker:zhang
    Mr Zhou smooths it over and the clause is struck out. Both households sign, but the atmosphere has cooled noticeably.
    A neighbourhood agreement rests on both sides’ goodwill and mutual trust, not penalties, and property management has no power to fine anyone. A penalty clause only makes one side feel the agreement is a weapon against them. #feedback
- -> evaluation

// ───────────── Evaluation ─────────────
=== evaluation ===
With the agreement signed, the two households go home. The stairwell is unusually quiet. #phase:evaluation
What now?
+ [Give the property office a copy of the agreement and ask Xiao Wu to go through the block's complaints once a month and tell the centre if any involve 402 or 502; no complaints means the agreement is working, and the case can be judged on that #phase:evaluation #quality:weak]
    “Will do. No complaints, I won’t bother you.” #speaker:property
    No complaints only means nobody complained, not that both households are doing well. Evaluation actively gathers information from the households, neighbours and other sources rather than waiting for bad news to arrive. #feedback
    -> evaluation.trial
+ [Agree a three-week trial with both households: a phone call at the end of the first week and the third; then meet again after three weeks, go through the agreement point by point, and hear from Mrs Chen and property management too #phase:evaluation #quality:best]
    “Fine. Three weeks. I’ll remember.” #speaker:li
    Signing an agreement is not the same as solving the problem. A trial period with set check-in points, looking at results from several sources (the parties, neighbours, property management), is how you find out whether the agreement works and what needs changing. #feedback
    -> evaluation.trial
+ [After three weeks, send each household a satisfaction questionnaire; a score is all you need #phase:evaluation #quality:good]
    A questionnaire quickly puts numbers on how each household feels and is a common evaluation tool. But scores cannot tell you why; combine them with interviews and the neighbours’ observations, using several methods together. #feedback
    -> evaluation.trial
+ [The agreement is signed, Mr Zhou has witnessed it and both households have given their word, so the goal of ending the dispute is met: close the case in the system that day, file a copy, and tell both households to come to the station any time they need to #phase:closing #quality:harmful]
    No evaluation before closing: whether the agreement can be kept, and whether life has changed for either household, is still unknown. A signature is the output of the intervention, not its outcome; run a trial, check how it is going, then talk about closing. #feedback
    -> premature

= trial
Three weeks go by.
{ trust_li == 0:
    -> moved
}
-> evaluation.review

= review
The three-week review is in the community activity room again. You start by laying out what happened: not one bang of the broom; the notes have come off the doors; property management has had no complaints; Mrs Chen says the building is much quieter.
{ not owned:
    Two clauses, though, were written for the families rather than by them, and the Zhangs have never managed to keep them. They were never the Zhangs’ own ideas.
}
There was one small incident. Last Saturday was Lele’s birthday; a few children came over, and around eleven in the morning it got very noisy. Mr Li didn’t bang. He sent Mrs Zhang a WeChat message.
“Two words: ‘Upstairs. Quiet.’ Not even a ‘please’. It put me in a bad mood all afternoon.” #speaker:zhang
“I didn’t bang, did I? What more do you want?” #speaker:li
+ [“Let’s stop for a moment and look at these three weeks: the broom hasn’t made a sound once, the notes are gone, problems get a WeChat message and a ‘got it’ back. You two did that together. As for the tone of that message, shall we agree on some wording for that as well?” #technique:encouragement #phase:evaluation #quality:best]
    They both manage a small laugh, and in the end they agree on a template: Hello, I’m catching up on sleep; could you keep it down a little? Thank you.
    “If I get a message like that, I’ll reply: Got it, right away.” #speaker:zhang
    The encouragement rests on specific, real progress, showing both sides that the agreement is working; then the new bit of friction becomes something to improve in the agreement rather than a failure. Evaluation is not just scoring; it is also adjusting. #feedback
+ [“Ms Zhang, the agreement doesn't say how polite a message has to be. It says message instead of knocking on the ceiling. He hasn't knocked once in three weeks, so he's done everything he agreed to. Let's not get hung up on wording; we have to go by what the agreement says.” #technique:confrontation #phase:evaluation #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “Fine. You’re right.” #speaker:zhang
    She doesn’t look at Mr Li again for the rest of the meeting.
    This uses the wording of the agreement to rule on her feelings, in front of the other party, which amounts to taking sides. Confrontation points out inconsistencies between a person’s own words and actions; it is not for dismissing her discomfort. #feedback
+ [“You’ve both done brilliantly! Absolutely fantastic!” #technique:encouragement #phase:evaluation #quality:weak]
    They both smile politely. Nobody mentions the tone of the message again, but Mrs Zhang’s expression never quite softens.
    Blanket praise says nothing about what went well and papers over the friction that has just surfaced. Encouragement should name specific behaviour; new problems are exactly what evaluation brings out so the agreement can be revised together. #feedback
+ [“Let me sum up how you each see it: Mr Li feels he’s done everything he agreed to; Mrs Zhang feels that’s true, but the message itself felt unpleasant. Is that fair to you both?” #technique:summarising #phase:evaluation #quality:good]
    They both nod. With it out in the open, it is easier to work out, and in the end they agree on a template message: Hello, I’m catching up on sleep; could you keep it down a little? Thank you.
    The summary lays out both views without judgement and helps them see how small the disagreement really is. Pointing out the real progress of the past three weeks as well would give both households more confidence. #feedback
- -> closing

// ───────────── Closing ─────────────
=== closing ===
After the review, both households are mostly living by the agreement, and they have learned to sort out small frictions between themselves. It is time to prepare to close the case. #phase:closing
+ [“You’ve both been very steady these three weeks. I’d like to talk about closing: we meet twice more, next week and two weeks after, then close, and keep in touch by phone and the building group. How does that sound?” #technique:information #phase:closing #quality:best #close-reason:can-cope]
    Closing is announced in advance so both sides have time to prepare. The problem is not a hundred per cent solved (the old building carries sound and a child will always make some noise), but the two households now have their own ways of coping, which is exactly the “can cope on their own” reason for closing. #feedback
+ [“From now on I’ll phone each of you once a month to see how things are; you have the agreement, Mr Zhou is in the building, and you can call me any time. Let’s call today the end.” #technique:information #phase:follow-up #quality:weak]
    This treats the follow-up after closing as if it were the closing itself: no shared review, no consolidation, no attention to feelings about ending, just a leap straight to check-in calls. Closing has its own tasks, to be done one by one. #feedback
+ [“Things aren’t quite stable yet, so there’s no hurry to close. I’ll keep coming by every week and keep an eye on things, so any little noise gets sorted out straight away. With me around, you’ve nothing to worry about.” #technique:suggestion #phase:closing #quality:weak]
    With the social worker always standing guard, the households will find it hard to believe they can manage. Closing should help them see their own abilities and lengthen the gaps between contacts, not make them more dependent on you. #feedback
+ [“The agreement is signed and there are no complaints, so today is our last meeting.” #technique:information #phase:closing #quality:weak]
    Announcing the end out of the blue gives people no time to prepare, and feelings about parting hit harder. Announce closing in advance (a week or two ahead, or two or three sessions before) and reduce contact gradually. #feedback
- -> closing.reaction

= reaction
Mrs Zhang doesn’t answer straight away. After a while she speaks.
“Once you’re gone, he’ll start banging again, I know it. Who do I turn to then? Couldn’t you… keep coming for a few more months?” #speaker:zhang #reaction:bargaining
+ [“Don’t worry, it won’t happen. He’s fine now.” #technique:empathy #phase:closing #quality:weak]
    “How do you know it won’t?” #speaker:zhang
    She is no less worried than before.
    Easy reassurance is not empathy. Her worry has not been heard, just deflected with “don’t worry”. Name her worry first, then look with her at the ways the two households already have of coping. #feedback
+ [“The agreement is signed in black and white. If he breaks it, go straight to property management or call 12345; those channels work. The station can’t keep an eye on you forever, and you’ll have to learn to handle it.” #technique:advice #phase:closing #quality:harmful]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    “Oh. So we were just a ‘case’.” #speaker:zhang
    Answering her anxiety about parting with a list of who to call pushes her away. Bargaining is a common negative reaction at closing: take in the feeling, review how ready they are, then reduce contact gradually, rather than brushing her off in one sentence. #feedback
+ [“How about this: for the first month after we close, I’ll phone every week, then less often; and if anything comes up in the building, go to Mr Zhou first. He’s agreed to be the building’s mediation volunteer. Would that help?” #technique:suggestion #phase:closing #quality:good]
    “With Mr Zhou around… all right, then.” #speaker:zhang
    Reducing contact gradually and handing over to a volunteer in the building are good ways of dealing with feelings at closing, and the suggestion gives reasons and leaves room to discuss. Acknowledging her worry first would have settled her more firmly. #feedback
+ [“I can hear you’re worried that, after things have finally settled down, they’ll slide back to how they were. Let’s look together: there was one incident in these three weeks. Who sorted it out in the end, and how?” #technique:empathy #phase:closing #quality:best]
    Mrs Zhang thinks about it.
    “…We did. The two of us. He sent a message, I replied ‘got it’, and that was that. Maybe… we don’t need you quite as much as I thought.” #speaker:zhang
    Empathy first takes in her unease, then you invite her to recall how the two households solved a problem themselves. Behind the bargaining is worry; helping her see her own ability reassures her more than agreeing to come for a few more months. #feedback
- -> closing.farewell

= farewell
The last meeting. Mr Zhou, Mrs Zhang, Grandma Zhang and Mr Li are all there.
+ [Fill in the closing form, hand it to your supervisor and file it; both households know how the agreement works, so skip a separate goodbye rather than stir things up again #phase:closing #quality:weak]
    Later you run into Grandma Zhang downstairs. She sounds a little hurt.
    “Aren’t you coming any more? You never said.” #speaker:zhang_gran
    Closing is more than a form: review the journey with the clients, consolidate their gains, attend to feelings about ending, and make clear how you will stay in touch. #feedback
+ [Look back together over the journey, from notes and a broom to a WeChat message; explain that you’ll keep in touch by phone, small frictions go to Mr Zhou first, and, with consent and names removed, the approach goes into the mediation handbook #phase:closing #quality:best #close-form:contact #close-reason:can-cope]
    “If we’d known talking it out was this easy, we could have saved ourselves three months of fighting.” #speaker:zhang_gran
    “If you put me in the handbook, just call me ‘the night-shift guy downstairs’.” #speaker:li
    Everyone laughs.
    Looking back over the journey with the clients consolidates what they have learned; changing the form of contact (from visits to phone calls and the group chat, then handing over to the building’s mediation volunteer) gives the service a smooth landing. Asking consent and removing identities before the experience goes into the handbook is what confidentiality requires. #feedback
+ [Post a long message in the building group praising 402 and 502 by name for “turning swords into ploughshares”, with a photo of their signed agreement, and invite anyone else in the building with a quarrel to sit down and talk it out the way they did #phase:closing #quality:harmful #critical:confidentiality]
    Mr Li messages you privately.
    “How did something I signed end up in the group chat?” #speaker:li
    The agreement contains both families’ names, daily routines and home circumstances; publishing it without consent is a breach of privacy. Even with the best intentions, ask the clients first whether, and how far, they are willing for anything to be made public. #feedback
- -> followup

// ───────────── Follow-up ─────────────
=== followup ===
The case is closed, but there is one last step in the service. #phase:follow-up
+ [Keep visiting both households every week after closing, and sort out any little disputes while you're there, so nothing flares up again just as things have settled #phase:follow-up #quality:weak]
    Check in that often and the case is closed in name only; the households will come to depend on the social worker again. Follow-up should lengthen the gaps step by step (one week, one month, three months), mostly by phone. #feedback
    You visit twice. The second time, Mrs Zhang speaks up politely.
    “We’re fine, honestly. Don’t let us keep you.” #speaker:zhang
    After that you switch to phone calls.
    -> followup.calls
+ [Follow up as agreed: phone both households one week, one month and three months after closing, and ask Mr Zhou how things are in the building #phase:follow-up #quality:best]
    Follow-up is the last task of closing: check-ins at one week, one month and three months consolidate the gains and catch new changes early. Asking Mr Zhou draws on the support network the building already has. #feedback
    -> followup.calls
+ [Tell both households “get in touch if anything comes up”, and don’t contact them again yourself #phase:closing #quality:weak]
    Leaving follow-up to the clients’ “if anything comes up” means there is no follow-up. Regular check-ins after closing catch changes early and show clients the door is still open. #feedback
    -> followup.lapse

= calls
On the one-week call, both households say things are fine.
A month on, Mr Li tells you on the phone that from next month he is moving to rotating shifts, days and nights in turn.
“Does that mean the agreement’s useless now? …Actually, never mind. I’ll message Mrs Zhang first, and then we’ll get Mr Zhou to help us redo those points.” #speaker:li
Three months on, Mr Zhou tells you on the phone that the two households have rewritten the agreement around Mr Li’s shift roster, and Grandma once took him a plate of dumplings. Property management has had no noise complaints from Building 5 in three months.
{ trust_zhang >= 2 and trust_li >= 2:
    Mrs Zhang makes a point of telling you on the phone that next time two households in the building fall out, she could go and tell them how hers got through it.
}
The station writes up how this mediation worked for the community’s mediation handbook: separate interviews, finding the root cause in daily rhythms, bringing in a respected elder from the building, letting the households write their own agreement, and setting a trial and a review. #close-reason:can-cope
Upstairs and downstairs go back to living their own lives, while keeping an eye out for each other. #ending:well-closed
-> END

= lapse
After closing, you never phone either household again.
Two months later Mr Li moves to rotating shifts, and the hours in the agreement no longer fit. Mr Zhou is away staying with his daughter in another city; nobody takes the lead in revising it, and the notes go back up on the doors.
By the time property management passes the complaint back to the station, the two households have had another row on the stairs. You realise that, with regular check-ins, this change would have come to light a month earlier. #ending:no-follow-up
-> END

// ───────────── Premature closing ─────────────
=== premature ===
You click “close case” in the system and tell both households that the matter is now dealt with. #phase:closing
“That’s it?” #speaker:zhang
Mr Li shrugs and says nothing.
+ [“The agreement’s signed; from here it’s up to you both. Mr Zhou is in the building and property management knows about it, and if anything comes up, you can always find me at the station.” #technique:information #phase:closing #quality:weak]
    This makes closing sound like ticking a box. Without an evaluation you do not know whether the agreement will hold, and “come and find me” cannot replace advance notice, a shared review and arranged follow-up. #feedback
    -> premature.relapse
+ [“You’re right… I spoke too soon. Let’s run a three-week trial first, see together how the agreement is working, and talk about closing after that.” #technique:suggestion #phase:evaluation #quality:good]
    You withdraw the closure and book a review with both households in three weeks. #phase:evaluation
    Noticing you moved too fast and stepping back to evaluation is the responsible thing to do. Closing has to rest on evaluation: whether the agreement is being kept and whether life has changed for both households must be clear first. #feedback
    -> evaluation.trial
+ [“You’ll be fine. I know you can do it!” #technique:encouragement #phase:closing #quality:weak]
    Empty cheerleading is no substitute for evaluation. Whether they can keep to it shows during a trial, not in the social worker’s announcement on the day they sign. #feedback
    -> premature.relapse

= relapse
Two weeks later, on Saturday, it is Lele’s birthday and a few children come over. At eleven in the morning, the broom starts up again downstairs.
First thing on Monday, Mrs Zhang phones.
“Didn’t you say the case was closed? What was the point of signing anything? He’s banging again!” #speaker:zhang #reaction:complaint
+ [“I can hear how frustrated and let down you are. I closed the case too soon, before we’d checked together whether the agreement works. This week I’ll visit each of you, then we’ll decide what next.” #technique:empathy #phase:evaluation #quality:good]
    Taking in the disappointment behind the complaint, admitting your mistake and going back to evaluation to find out what happened is the right way to repair it. It is just a step that should have come before closing. #feedback
    You reopen the case. This time you go through the agreement with both households from the start, and add a clause: on special days like a child’s birthday, let downstairs know in advance.
+ [“It’s all in the agreement: if he breaks it, go straight to property management and they’ll deal with him. Just note down the times and record the banging on your phone, so you have the evidence ready.” #technique:information #phase:closing #quality:harmful]
    Answering a complaint by quoting the agreement pushes her away. A complaint after closing shows they were not ready: take in the feeling, find out what happened, and reopen the case if needed, rather than passing the problem on. #feedback
    Mrs Zhang hangs up. A month later, property management passes the two households’ complaints back to you again.
+ [Phone Mr Li straight away and tell him off for breaking the agreement #phase:intervention #quality:harmful]
    ~ trust_li = MAX(trust_li - 1, 0)
    Rebuking one party on the strength of the other’s phone call loses your neutrality all over again. Find out from each household what happened, then look together at what in the agreement needs adjusting. #feedback
    “So you only listen to her?” #speaker:li
    On the other end of the line, Mr Li sounds angrier than he did three months ago.
- Closing the case on the day the agreement was signed saved three weeks, and cost far more time to put right. #ending:premature-close
-> END

// ───────────── Joint meeting out of control ─────────────
=== blowup ===
{ joint_blown:
    Once again, less than ten minutes into the meeting, the two households are at each other’s throats. Mr Li storms out, slamming the door; Mrs Zhang, in tears, says she will never come again.
    -> escalated
}
~ joint_blown = true
Saturday morning, the community activity room. The two households have barely sat down when the air tightens.
“You jab a broom at our floor and stick notes on our door, and now you’ve got the nerve to come and talk?” #speaker:zhang
“If I didn’t, when would your lot ever give me a day’s peace? Three months!” #speaker:li
“Stop it… Lele’s crying at home…” #speaker:zhang_gran
“Sit down, everyone! Let’s talk this through properly!” #speaker:zhou
+ [“Everyone calm down! Nobody leaves until this agreement is signed.” #technique:advice #phase:intervention #quality:harmful]
    Trapping people in a meeting that is already out of control only makes the conflict boil over. When emotions peak, call a halt and go back to separate conversations. #feedback
    -> escalated
+ [“I’m going to call a pause. Both families are still very angry today, and pushing on will only hurt more. Let’s stop the meeting here. I’ll come and sit with each of you separately, and when you both feel ready to talk, we’ll set another time.” #technique:advice #phase:intervention #quality:best]
    Calling a halt when a meeting gets out of hand is advice used where it belongs: you say plainly what pressing on would cost and take the step that has to be taken. Stepping back from “we must settle this today” to “let people calm down first”, admitting the timing was wrong and returning to separate conversations, limits the damage; it is not a failure. #feedback
    -> blowup.repair
+ [“Here’s what I think: the Zhangs apologise to Mr Li first, and then we put this behind us.” #technique:suggestion #phase:intervention #quality:harmful]
    ~ sides_taken = true
    ~ favoured = 2
    Demanding an apology from one side at the height of the anger both takes sides and decides for the parties. When things get out of hand, call a halt first; once both sides have calmed down, they decide for themselves what to say. #feedback
    -> escalated
+ [Ask Mr Zhou to step in and take control of the room: he's a retired teacher and both families respect him, so have him call everyone back to their seats and carry on with the agreement, so that today isn't wasted when it took so much to get both sides into one room #phase:intervention #quality:weak]
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    ~ trust_li = MAX(trust_li - 1, 0)
    Mr Zhou slaps the table and the room goes quiet. But a few minutes later, Mr Li gets up and leaves anyway.
    An elder’s authority can hold the room for a moment, but it cannot put out the anger. When a meeting gets out of hand, the social worker should call the halt in person, admit the timing was wrong and go back to separate conversations. #feedback
    -> blowup.repair

= repair
The meeting is over. This week, you need to visit each household separately.
+ [Ask Mr Zhou to visit each household and talk them round, while you stay out of sight for now #phase:intervention #quality:weak]
    ~ zhang_calm = true
    ~ li_calm = true
    ~ trust_zhang = MAX(trust_zhang - 1, 0)
    ~ trust_li = MAX(trust_li - 1, 0)
    Mr Zhou goes round twice, and both households soften. But Mr Li asks: why hasn’t the social worker come?
    An elder’s standing is a good resource, but repairing the relationship is the social worker’s own job. Hiding behind someone else makes both households feel you are avoiding them. #feedback
    -> joint
+ [Send each household a message: don't take last time to heart, everyone was upset and nobody meant what they said; let's meet again next Saturday morning, and this time we'll talk it through properly #technique:encouragement #phase:intervention #quality:weak]
    A message cannot replace a face-to-face conversation, and “don’t take it to heart” responds to nobody’s feelings. Both households are still angry, and the next meeting will go the same way. #feedback
    -> joint
+ [Visit each household: first admit that you called the meeting too soon, then listen to what is sticking in their throat most this time #technique:empathy #phase:intervention #quality:best]
    ~ zhang_calm = true
    ~ li_calm = true
    “Hearing you say that makes me feel a bit better.” #speaker:zhang
    “Fine. It’s not like I want to fight.” #speaker:li
    Owning your mistake honestly and then leaving room for their feelings is the most direct way to repair a professional relationship. Once their feelings have been heard, people have the energy to talk about solutions. #feedback
    -> joint

// ───────────── Ending: escalation ─────────────
=== escalated ===
That evening the building group erupts. Mr Li posts a long message that ends: so-called mediation is just going through the motions. Mrs Zhang replies: if you don’t like it, move.
+ [Leave it for now and deal with it when you are back at work on Monday #phase:intervention #quality:weak]
    Over the weekend, dozens more messages pile up in the group.
    Right after an escalation is exactly when a prompt response matters most. At the very least, contact each household that evening to check they are safe and steady their feelings. #feedback
+ [That same evening, phone each household: first ask whether everyone is all right, how the child and Grandma are; then say honestly that you called the meeting too soon, and ask them not to carry on the argument in the group #technique:empathy #phase:intervention #quality:best]
    “Grandma got such a fright her blood pressure’s up.” #speaker:zhang
    Mr Li doesn’t pick up. He sends a text instead.
    “Don’t bother.” #speaker:li
    After an escalation, first attend to people’s safety and feelings, then sincerely own your mistake. It may not rescue things, but it leaves a door open for repair later. #feedback
+ [Post a statement in the group chat setting out how the centre ran the mediation: both households came voluntarily, the meeting simply got heated, the centre stayed neutral throughout, and everyone is asked to stop spreading rumours #phase:intervention #quality:harmful]
    Once the statement is up, the discussion gets livelier still; the two households become the talk of the building.
    Responding to clients’ conflict in public leaks case information and puts both households in front of even more people. An escalated conflict is handled privately, with each side separately. #feedback
- The next day, Mr Li calls 12345. On Wednesday, someone from the sub-district People’s Mediation Committee phones: the complaint has been passed to them, and they would like some background from the station.
+ [“We at the centre are still working on this case, and it involves both families' private information, so under our rules we can't cooperate for the time being. Once we've reached an outcome, we'll get in touch with the committee ourselves. I hope you understand.” #technique:information #phase:intervention #quality:weak]
    The committee has to start from scratch, and both households are questioned all over again.
    When agencies don’t cooperate, clients pay the price. The right course is to get both households’ consent and provide the necessary background, so the formal mediation doesn’t have to retrace every step. #feedback
+ [Send the whole case file as it is, to save them having to ask #phase:intervention #quality:harmful #critical:confidentiality]
    The file includes everything Mrs Zhang said in tears, and details of Mr Li’s sleep and health.
    Case records are full of private information; handing over the whole file without consent breaches confidentiality. Even when the other body is a formal mediation organisation, get the clients’ consent first and share only what is needed. #feedback
+ [First ask each household for consent, then share only what the mediation needs: the two households’ routines, how the conflict developed, the work already done; and explain to both households how people’s mediation works #technique:information #phase:intervention #quality:best]
    “Let them handle it. They can’t be worse than you lot.” #speaker:li
    Case information is used only with the clients’ consent, and only as much as is needed. Explaining the formal mediation procedure to both households also helps them see the road ahead. #feedback
- Your supervisor sets up a debrief with you. #phase:evaluation
+ [“The main problem is that both parties are very hard to deal with: one sees himself as the victim, the other feels picked on, and neither will give an inch. Honestly, with a grudge this deep, nobody could have mediated it.” #phase:evaluation #quality:weak]
    Putting the failure entirely on the clients makes the evaluation pointless. A real debrief looks at which step the social worker rushed and what could have been done differently. #feedback
+ [Write in the record: clients refused to cooperate; mediation terminated #phase:evaluation #quality:harmful]
    Case records state facts first, then inferences. “Refused to cooperate” is not what happened, and it hides the real cause, a joint meeting held too early; a record like that misleads whoever picks the case up later. #feedback
+ [Review it honestly: neither household had calmed down, yet I rushed into a joint meeting and then couldn’t keep it under control; next time I will hold separate conversations first and make sure both sides are ready #phase:evaluation #quality:best]
    Process evaluation includes looking at the social worker’s own work. Naming the mistake and its cause is how the next case avoids the same detour, and seeking your supervisor’s support when you need it is part of professional practice. #feedback
- The People’s Mediation Committee has formally taken over. How do you wind up your case? #phase:closing
+ [Tell each household that the sub-district People’s Mediation Committee is now formally mediating, so the station’s case ends here, and that the station’s door stays open if they need any other help #phase:closing #quality:best #close-reason:new-needs #close-form:direct]
    The need has changed: formal dispute mediation belongs with the People’s Mediation Committee. Telling both households directly and clearly why the case is ending, and who they can turn to later, is a responsible way to close. #feedback
+ [Keep mediating with both households yourself, running back and forth alongside the committee: you know them best, the committee needs someone who can explain the background, and one more pair of hands can only help #phase:intervention #quality:weak]
    Two mediations running side by side leave both households confused and may undercut each other. Once formal mediation has taken over, the station should close its case and help with background if asked. #feedback
+ [Say nothing and simply stop contacting either household #phase:closing #quality:harmful]
    Vanishing without a word leaves clients feeling abandoned, and goes against the rule that closing is announced in advance with the reasons given. #feedback
- A few days later you phone Mr Li to talk about what happens next with the case. After a silence, he says one cold sentence.
“Apart from making things worse, what exactly do you social workers do?” #speaker:li #reaction:anger
+ [“I did arrange that meeting too hastily, and you were the one who paid for it. I can understand why you’re angry.” #technique:empathy #phase:closing #quality:best]
    “…Forget it. It’s over now.” #speaker:li
    Anger is a common negative reaction at closing. Not arguing back, but acknowledging it and taking it in, often lets the other person calm down. #feedback
+ [Hang up on him #phase:closing #quality:harmful]
    Hanging up leaves the relationship at its very worst point. Faced with a client’s anger, the social worker needs to stay steady, and afterwards talk through their own feelings with a supervisor if needed. #feedback
+ [“We followed the procedure at every step. We consulted both households, and the meeting only went ahead because both of you agreed to it. Saying that isn't really fair to us.” #technique:confrontation #phase:closing #quality:weak]
    “Procedure? Procedure kept me awake for three months?” #speaker:li
    Correcting someone while they are angry is confrontation without care; it only adds fuel. Take in the feeling first, then talk about anything else. #feedback
- A month later. #phase:follow-up
+ [Ask Mr Zhou to keep a quiet eye on both households for you and report anything he notices #phase:follow-up #quality:weak]
    Follow-up means contacting clients openly and directly, not having someone watch them on your behalf. It is disrespectful to both households and may put Mr Zhou in an awkward position. #feedback
    Mr Zhou is uncomfortable. He only says that the committee helped them sign a mediation agreement, and he would rather not say more.
+ [Phone both households and Mr Zhou to ask how things have been since the mediation #phase:follow-up #quality:best]
    Even though the case passed to another body, follow-up still matters: it tells you how the households are doing, and shows them the station did not just walk away. #feedback
    On the phone, Mrs Zhang says the committee helped them sign a mediation agreement. The broom has stopped, but the two households still don’t speak when they meet.
+ [The case has been passed on; leave it alone #phase:closing #quality:weak]
    A closed case does not mean washing your hands of it. Check-ins after closing tell you how clients are and whether other needs remain. #feedback
    Later you hear from Xiao Wu that the committee helped the two households sign a mediation agreement, and that they still don’t speak when they meet.
- The noise is finally held in check by a mediation agreement, but the ill feeling between upstairs and downstairs never really goes away. #ending:escalated
-> END

// ───────────── Ending: one household withdraws ─────────────
=== dropped ===
{ favoured == 1:
    From that day on, Mr Li stops answering your calls.
- else:
    From that day on, the Zhangs stop opening their door to you.
}
+ [Knock on their door three days running to persuade them to come back and finish the meeting #phase:intervention #quality:harmful]
    They have made it clear they do not want to continue; going back again and again disregards their self-determination and only hardens things. #feedback
    On the third day there is a note on the door: please don’t come again.
+ [Tell the household that stayed: “If they won't come, so be it. Mediation is voluntary, and we can't wait for ever. We'll draw up the agreement anyway, spell out the morning hours, and I'll take a copy down to them afterwards.” #technique:suggestion #phase:intervention #quality:weak]
    A neighbourhood agreement needs both sides; one drawn up with one party absent binds nobody, and will be seen as one more act of taking sides. #feedback
    The agreement is half written, and then nothing more comes of it.
+ [That same day, message the household that walked out: apologise for the inappropriate remark, respect their decision not to take part, and say that if they ever want to, you are happy to talk again #technique:empathy #phase:intervention #quality:best]
    A sincere apology and respect for the clients’ self-determination are the only sound response once the relationship has broken. No pressure, and no closed doors. #feedback
    { favoured == 1:
        Two days later, Mr Li replies.
        “Noted.” #speaker:li
    - else:
        Two days later, Mrs Zhang replies.
        “Noted.” #speaker:zhang
    }
- The mediation has stopped halfway. Before closing, you evaluate the work so far: what it achieved, what went wrong, and what anyone who picks the case up later will need to know. #phase:evaluation
+ [Phone the household that stayed to hear how the past weeks have gone and what they thought of the service, pull the property office’s complaint log, and write both into the evaluation #phase:evaluation #quality:good]
    On the phone they say the building is a little quieter, though the two households still don’t speak when they meet. Property management has logged one more complaint this month.
    Involving the clients and checking more than one source is the right direction. But you have heard from only one household: what the work meant for the one that left, and the step where your own work went wrong, are not in the evaluation yet; go over that part honestly with your supervisor. #feedback
+ [Sit down with your supervisor for an honest review: what each household gained, where and why you took a side, and what is left to hand over to a future worker #phase:evaluation #quality:best]
    Your supervisor adds only one thing: a review like this is worth more than a polished closing report.
    Evaluation looks at the process as well as the outcome, and the social worker’s own part belongs in it. Setting down honestly what each household gained, how the bias came in and which needs remain is responsible to the clients and spares whoever comes next from starting from nothing; doing it with a supervisor shows you what you cannot see on your own. #feedback
+ [Write in the evaluation: the household that left was volatile and uncooperative, so the mediation had to stop; the other household cooperated throughout, and every step followed procedure #phase:evaluation #quality:harmful]
    Your supervisor reads it and asks: where is the remark that took a side? There isn’t a word about it.
    Case records state facts first, then inferences. Putting the breakdown on the clients is untrue and hides the worker’s own bias; whoever picks the case up later will read this and meet that household already prejudiced against them. #feedback
+ [Judge it on the outcome alone: no agreement signed, the complaints haven’t stopped, the goal wasn’t met; mark it ‘incomplete’ in the system and leave the process be #phase:evaluation #quality:weak]
    The form is filled in, but whoever comes next still won’t know where this case got stuck.
    Evaluation measures both the outcome and the process. A bare ‘incomplete’ shows neither the changes the households have already made nor the step where things went wrong; an evaluation like that is of use to nobody. #feedback
- A week later, you discuss the case with your supervisor. #phase:closing
+ [Say nothing more to either household: after all this, another visit would only be awkward, so let the matter fade quietly until they forget about it #phase:closing #quality:harmful]
    Closing means telling the clients directly and giving the reasons; quietly disappearing leaves both households feeling abandoned. #feedback
+ [Tell your supervisor you took a side too early and the relationship cannot go on; tell the household that stayed, honestly, that the mediation cannot continue and the case is ending; and suggest another worker takes over if both ever want to start again #phase:closing #quality:best #close-reason:relationship #close-form:direct]
    A professional relationship that cannot continue is a valid reason to close. Explaining why honestly, and leaving a way back (a fresh start with another worker), is taking responsibility towards the clients. #feedback
+ [Keep working with the household that stayed: help them turn months of noise logs, phone recordings and photos of the notes into a proper file, and go with them to complain about the other household to property management, so their patience finally counts for something #phase:intervention #quality:harmful]
    Helping one side collect evidence against the other makes you a party to the dispute; the social worker’s neutrality, and any chance of mediation, are gone. #feedback
- A month later. #phase:follow-up
+ [Go round yourself to the household that left and explain: that remark didn't mean what they thought, and the centre has never taken either side #phase:follow-up #quality:weak]
    They have made it clear they do not want to talk to you again; turning up to explain only puts them on the spot. Contact from a colleague would be more appropriate. #feedback
    The door opens a crack, then closes again.
+ [Leave it alone #phase:closing #quality:weak]
    With no contact after closing, nobody knows how the households are doing. Follow-up need not be done by you personally; a colleague or a volunteer in the building can help. #feedback
    Later you hear from Xiao Wu that the two households still ignore each other.
+ [Ask a colleague to phone both households to see how they are, and to check with Mr Zhou about the building #phase:follow-up #quality:best]
    Even when the relationship has broken down, follow-up is still possible: a colleague can find out how both households are doing and let them know the station is there if they need it. #feedback
    Your colleague reports back: the broom still sounds sometimes, though less often, and the two households ignore each other.
- One careless moment of taking sides stopped a mediation that could have worked, halfway through. #ending:dropped-out
-> END

// ───────────── Ending: one household moves away ─────────────
=== moved ===
In the last few days of the three-week trial, Mr Li phones you.
“Just letting you know, I’m moving out at the end of the month. My lease is up, and work’s given me a room in the dormitory by the depot.” #speaker:li
“It’s not because of upstairs… well, not entirely. Anyway, that’s that.” #speaker:li
+ [“Then there’s no need to carry on with the case. I’ll just let the Zhangs know.” #technique:information #phase:closing #quality:harmful]
    “Fine. Whatever.” #speaker:li
    One household moving away is a valid reason to close, but not to skip evaluation and goodbyes. Mr Li’s sleep problem is still there, and the Zhangs will have new neighbours; both need attention before the case closes. #feedback
+ [“Thank you for letting me know. Working nights and sorting out a move at the same time must be exhausting. Before you go, would you be willing to look back over these weeks with me? A way of rounding off this chapter.” #technique:empathy #phase:evaluation #quality:best]
    “…All right. No banging these three weeks, that’s true, and I’ve slept a bit better. It’s just that any noise in the daytime still wakes me easily.” #speaker:li
    The move is beyond your control, but the evaluation still needs doing: how much the agreement has helped in these weeks, and what needs remain, both shape how you close. #feedback
+ [“Won't you think it over? Things have only just got better: the agreement's signed, they're careful upstairs, and you can sleep through the day at last. It'd be a shame to move now, and the deposit and agency fee add up, and who knows whether the new place will be any quieter?” #technique:suggestion #phase:evaluation #quality:weak]
    “Easy for you to say. Are you paying my rent?” #speaker:li
    Whether to move is the client’s own decision. Respect his self-determination and put your energy into closing well. #feedback
- At the end of the month, the case is due to close. #phase:closing
+ [Close the case in the system and have no further contact with either household #phase:closing #quality:harmful]
    Even when there is a valid reason to close, clients should be told why, and any unresolved needs arranged for. Closing silently leaves people feeling dropped. #feedback
+ [Tell Mrs Zhang: “He’s moving out downstairs, so the problem has solved itself.” #technique:summarising #phase:closing #quality:weak]
    This summary adds your own conclusion and misses the chance to consolidate what the Zhangs have learned: the old building carries sound, and new neighbours will hear them too. At closing, review with her which of the ways they found will still be useful. #feedback
+ [Tell each household that, because Mr Li is moving, the case will close at the end of the month; Mr Li says his trouble sleeping after night shifts is still there, so, with his consent, give him the contact details of the social work station in the sub-district where he is moving, to use if he needs to #phase:closing #quality:best #close-reason:unforeseen #referral]
    A client moving out of the service area is an unforeseeable circumstance and a valid reason to close; because he still has an unmet need, you refer him to the station covering his new home, which is one of the legitimate grounds for referral. #feedback
- A month later, a young couple moves into 402. #phase:follow-up
+ [Leave it; the case is closed #phase:closing #quality:weak]
    Check-ins after closing pick up new changes, such as new neighbours moving in. Skipping follow-up loses a chance to consolidate the gains. #feedback
+ [Go down to 402 yourself and explain things to the new neighbours on the Zhangs' behalf: there's a toddler and an elderly woman upstairs, so some daytime noise is unavoidable; ask them to bear with it and to come to the centre first if there's a problem #phase:follow-up #quality:weak]
    Stepping in for the clients takes away their chance to build the relationship themselves. In follow-up it is better to suggest and support, and let the Zhangs go themselves. #feedback
+ [Phone the Zhangs for a follow-up and ask about the new neighbours; if they would like to, suggest going downstairs with Mr Zhou to say hello and talk about both households’ routines #technique:suggestion #phase:follow-up #quality:best]
    “Yes, this time we’ll knock on their door first, before anyone starts sticking up notes.” #speaker:zhang
    Follow-up picks up new changes; the suggestion gives reasons and leaves the decision to the Zhangs, helping them use what they learned from this conflict with their new neighbours. #feedback
- Mr Li moves out. The agreement never got a longer test, but the mats, the felt pads and the habit of sending a message instead of banging stay on at 502. #ending:moved-away #close-reason:unforeseen
-> END

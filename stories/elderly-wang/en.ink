# title: Ms Wang lives alone
# summary: On a routine round, the grid worker finds that Ms Wang, 74, who lives alone on the fifth floor of a walk-up and whose knees are failing, has not been downstairs for a week, yet she insists she is “doing just fine”. Follow her case from the first knock on the door to the check-ins after closing.
# minutes: 30
# lang: en
# difficulty: 1
# skills: attending, listening, empathy, encouragement, information, suggestion
# cast: wang=Ms Wang; worker=Social worker (you); liu=Liu (grid worker); volunteer=Zhao (volunteer); doctor=Dr Li; son=Zhou Qiang; supervisor=Ms Chen (supervisor)

// How far Ms Wang trusts the worker, 0–3, starting at 1
VAR trust = 1
// Does the worker know about her fall last winter?
VAR knows_fall = false
// Has she agreed to the worker contacting her son?
VAR son_ok = false
// Has she accepted a volunteer companion?
VAR vol_ok = false
// Has she had a health check?
VAR checked = false
// Are the bathroom grab rails, non-slip mat and alarm in place?
VAR safety = false
// Has she joined the knitting group?
VAR group = false

-> intake

// ───────────────────────── Intake ─────────────────────────
=== intake ===
= d01
Early November. On her round of the estate, Liu, the community grid worker, learns that Ms Wang on the fifth floor of Block 5 has not come downstairs for over a week; the neighbours say her television runs until midnight. Liu asks the social work station to send someone round with her. #phase:intake
This is the one. Ms Wang's seventy-four. Her husband passed five years ago, and her son works in Shenzhen. She's proud, so tread gently. #speaker:liu
Liu knocks three times before the door opens a crack. A ginger cat squeezes its head out first.
Liu? Checking up on me again? I'm doing just fine. No need to trouble yourselves. #speaker:wang
+ [“Auntie, the community now runs a home-care service, and anyone over seventy living alone can apply: someone comes three times a week to clean and help you bathe, and the sub-district pays most of the cost. Just sign up today and we'll have someone round from next week.” #technique:suggestion #phase:planning #quality:weak]
    ~ trust = MAX(trust - 1, 0)
    You have not even crossed the threshold and you are offering a service plan: planning before any assessment, and a suggestion made far too early. You do not yet know what she needs or what she would accept, so however good the plan, she will feel “managed”. Intake is for learning her situation, making a first judgement and building the relationship; the plan comes after assessment, and is made with her. #feedback
    Sign up for what? I'm not some charity case. ... Oh, come in and talk. It's cold on the stairs. #speaker:wang
    -> d02
+ [“Auntie, living on your own with your legs the way they are, it must be so hard for you. We've come specially to help you.” #technique:empathy #phase:intake #quality:weak]
    ~ trust = MAX(trust - 1, 0)
    It is kindly meant, but it is sympathy, not empathy. You have decided for her that things are “so hard” and, with your first words, cast her as someone who needs rescuing. A proud older woman will put her guard up at once. Empathy starts from her own feelings, so listen first. #feedback
    Who says my legs aren't fine? Look at me, I'm all right. ... Well, since Liu's here too, come in. Don't stand in the doorway for the whole building to gawk at. #speaker:wang
    -> d02
+ [“Good morning, Ms Wang. I'm a social worker from the community social work station. Liu mentioned you hadn't been down for a few days, so we thought we'd look in. If it suits you, we could come in for ten minutes; if not, I'm happy to come another day.” #technique:information #phase:intake #quality:best]
    ~ trust = MIN(trust + 1, 3)
    Your first sentence says who you are and why you have come, and it hands her the decision whether to talk at all. That is where a professional relationship starts: with respect and a clear explanation, not with the assumption that she “needs help”. #feedback
    Ms Wang looks you up and down for a moment.
    Ten minutes? ... Come in, then. Keep your shoes on, the floor's cold. #speaker:wang
    -> d02
+ [(Nod to Liu and let her make the introductions; stand half a step behind her, smiling, and watch how Ms Wang responds) #technique:attending #phase:intake #quality:good]
    Letting the grid worker she knows speak first borrows trust that already exists, and your position and smile keep your body language open: good attending. But do not forget to explain in your own words who you are and why you are there, so she knows whom she is talking to and that she is free to say no. #feedback
    Auntie, this is a social worker from the station. We just came by to see you and have a chat. #speaker:liu
    A social worker? What's one of those when it's at home? ... Come in, there's a draught. #speaker:wang
    -> d02

= d02
The flat is small, tidy, and dim. A row of clivias stands on the windowsill, their leaves wiped to a shine. On the coffee table sit several boxes of medicine, some still sealed. The ginger cat jumps onto the sofa and claims the softest cushion. Ms Wang lowers herself into a chair, holding the table edge; halfway down she pauses to rub her right knee.
{trust >= 2:Sit, sit. Fancy some water? The flask's full.|Sit down, then. Say what you've come to say.} #speaker:wang
+ [(Close your notebook and put it aside, turn towards her and lean forward a little) “Your clivias are beautiful.” #technique:attending #phase:intake #quality:good]
    Closing the notebook, facing her, leaning in, and starting with something she cares about: that is good attending. Your body says “I'm here to listen to you, not to fill in a form.” Don't stop at small talk, though; follow it with an open question about how she spends her days. #feedback
    Ms Wang's face softens a little.
    They were Lao Zhou's. I kept them going after he went. They flower twice a year. ... My days? Looking after them, looking after Ginger, a bit of telly, and that's a day gone. #speaker:wang
    -> d03
+ [“Auntie, I'll be honest with you: it's too dangerous for you to live alone like this. Either your son takes you to live with him, or you should think about a care home.” #technique:advice #phase:intervention #quality:harmful]
    ~ trust = MAX(trust - 2, 0)
    You have barely sat down and already you are giving advice and deciding where she should live: that drags intervention into intake, and it misuses advice. Advice is for a serious risk that has been established, not for settling someone's life on a first impression. You know nothing yet of her wishes or her resources; all she hears is that she is being written off. #feedback
    Ms Wang's face hardens.
    A care home? I've a home of my own. Why would I go into a care home? Qiang gets four days off a month. Should I go and be a burden on him? If that's what you came to say, you know where the door is. #speaker:wang
    Now, Auntie, don't get upset. The social worker's only worried about you ... #speaker:liu
    It takes Liu a good while to smooth things over before Ms Wang stops talking about showing you out.
    -> d03
+ [“Auntie, when you're at home on your own, how does a day usually go?” #technique:listening #phase:intake #quality:best]
    An open question invites her to describe her life in her own words. At intake, ask fewer “is it” and “do you” questions and more “how” and “what” questions; that is how you hear about her real days, and as you listen you can begin to judge what she needs and how urgent it is. #feedback
    How does it go? I get up, feed Ginger, water the flowers. Those clivias were Lao Zhou's, my husband's. Twenty-odd years old. Then the telly, and before you know it it's noon. The afternoon ... the afternoon's the telly too. #speaker:wang
    -> d03
+ [“Auntie, do you often feel lonely?” #technique:clarification #phase:intake #quality:weak]
    A closed, leading question: you have almost given her the answer, and all she can say is yes or no. A proud woman will most likely say no, and the conversation stops there. Try an open question, such as “how does a day at home go?”, and let her describe it herself. #feedback
    Lonely? I've got Ginger, I've got the telly. I'm used to my own company. #speaker:wang
    -> d03

= d03
Ms Wang settles back into her chair, and Ginger climbs onto her lap.
Qiang, that's my son, he's on building projects down in Shenzhen. Comes home once a year. Every Sunday night, without fail, he rings to ask have I eaten, have I taken my blood pressure. I tell him it's all fine. He's on his own down there, it's not easy for him. I won't be a burden to him. #speaker:wang
My legs, well ... they're not what they were. Five floors, I have to stop twice each way. Shopping and that, I don't go down unless I have to. Oh, never mind all that. #speaker:wang
+ [“Oh, you poor thing. Your son far away, your husband gone. All alone like this, it's so sad.” #technique:empathy #phase:intake #quality:weak]
    ~ trust = MAX(trust - 1, 0)
    That is sympathy, not empathy. “You poor thing” looks at her from outside and feels sorry for her, which puts her in the position of someone to be pitied. Empathy steps into her experience and names what she cares about and fears. For someone as proud as Ms Wang, pity costs her face, and she will take back what she has said. #feedback
    Poor thing? I've my pension, I've my own flat. I'm better off than plenty. #speaker:wang
    She looks down and strokes Ginger, no longer meeting your eye.
    -> d04
+ [(Nod and look at her, waiting for her to go on) “Mm. Go on.” #technique:encouragement #phase:intake #quality:good]
    A nod and a “go on” are apt encouragement: no interrupting, no judging, just letting her talk at her own pace. Reflect her feelings back where she pauses and the relationship will build faster still. #feedback
    Go on with what ... I just don't want him worrying. When his father died he cried his heart out, and I thought: I'm not giving that boy one more thing to worry about. #speaker:wang
    -> d04
+ [“I know exactly how you feel. My grandmother lives alone back in our hometown too, and she always says everything's fine. One winter she ...” (you talk about your grandmother for several minutes) #technique:self-disclosure #phase:intake #quality:weak]
    Self-disclosure should be brief and relevant, and the focus should go straight back to the other person. You spent several minutes on your grandmother: the interview became about you, Ms Wang became the audience, and the thread she had just begun was cut. A sentence or two is plenty, such as “older people in my family worry about being a burden too”, and then back to her. #feedback
    Ms Wang hears you out and nods politely.
    Your granny's lucky, having a grandchild who thinks of her. ... Water? #speaker:wang
    -> d04
+ [“It sounds as if Qiang is always on your mind, and you're so afraid of being a burden that you'd rather carry a lot of things on your own.” #technique:empathy #phase:intake #quality:best]
    ~ trust = MIN(trust + 1, 3)
    This is primary empathy: you reflect back both the content and the feeling. “On your mind”, “afraid of being a burden”, “carry things on your own” are all things she said or plainly showed. You neither judged nor rushed to advise; she feels understood, and so she will go on talking. #feedback
    Ms Wang pauses, and her eyes redden a little.
    That's it exactly. That's what mothers are like. ... When his father died he cried his heart out, and I thought: from now on, I'm not giving that boy one more thing to worry about. #speaker:wang
    -> d04

= d04
You notice that when she mentioned her legs she rubbed her right knee again without thinking, and her eyes flicked towards the bathroom.
+ [“Auntie, you say you're fine, but your medicine hasn't even been opened and you rub your knee every time you sit down. That doesn't look fine to me.” #technique:confrontation #phase:intake #quality:harmful]
    ~ trust = MAX(trust - 2, 0)
    The inconsistency you noticed is real, but the timing is wrong. Confrontation presupposes acceptance, respect and trust in the relationship, and you have known each other ten minutes; said this bluntly, with nothing tentative about it, it only feels like being caught out. Note these observations in your record and raise them later, tentatively and with care, once the relationship is steady. #feedback
    Ms Wang pushes the pill boxes under the coffee table.
    Whether I take my pills is my business. Liu, what exactly have you two come here for? #speaker:wang
    Auntie, the social worker means well ... #speaker:liu
    -> d05
+ [“Is it hard for you to get downstairs now? Have you ever had a fall at home?” #technique:clarification #phase:intake #quality:weak]
    ~ trust = MAX(trust - 1, 0)
    Two closed questions in a row, and the second goes straight to her sorest spot. She can only answer yes or no, and she will probably say no: the blunter the question, the stronger the defence. Clarify with open questions that invite a description, such as “which things are hardest to do now?” #feedback
    Ms Wang hesitates.
    No, I haven't. I'm fine. It's just age, I go a bit slower. #speaker:wang
    -> d05
+ [“You said your legs aren't what they were. Could you tell me which things are hardest to do now?” #technique:clarification #phase:intake #quality:best]
    You turned a vague “not what they were” into something concrete: which things, and how hard. That is clarification. You used an open question and assumed no answer, so what you hear are her real difficulties. #feedback
    Hardest ... getting down to buy vegetables, for one. I can't carry much, I have to stop and rest. And washing. #speaker:wang
    {trust >= 2:The bathroom floor's slippery. I hold on to the wall the whole time, and every wash I'm on edge.|Washing's ... well, it's all right, I just go slowly.} #speaker:wang
    -> d05
+ [(Don't probe; make a mental note: “right knee, bathroom, unopened medicine”, and keep listening) “Mm.” #technique:listening #phase:intake #quality:good]
    You noticed her non-verbal signals without rushing to question her: good listening. At a first meeting, making her feel safe matters more than one more fact. Still, she raised her legs herself; that was an opening for gentle clarification, and you need not let it pass entirely. #feedback
    That's getting old for you. I just go slowly. #speaker:wang
    -> d05

= d05
The ten minutes are nearly up. {trust >= 2:Ms Wang is talking much more freely now, and she has topped up your water.|Ms Wang has glanced at the wall clock twice already.}
+ [(Write down your number and hand it to her) “I won't keep you any longer today, Auntie. Here's my number, and the station's address is on there too. Whatever it is, shopping, the doctor, or if you just fancy a chat, ring me any time, day or night. My phone's always on, and Liu's just downstairs most mornings if you can't get hold of me.” #technique:information #phase:intake #quality:good]
    Leaving your number without pressing her respects her pace. But leaving the question of another meeting entirely to a woman who hates troubling anyone means she will probably never ring. Better to explain the service and her rights face to face and agree on a time to meet again: a preliminary agreement. #feedback
    Ms Wang tucks the slip of paper under the television.
    All right, I'll put it here. #speaker:wang
    How about the social worker comes back next Tuesday morning, then? #speaker:liu
    ... Oh, all right. #speaker:wang
    -> intake_end
+ [“Right, that's settled, then. Tomorrow I'll send a home-care aide round to give the flat and the bathroom a good clean.” #technique:suggestion #phase:intervention #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    No assessment, no plan discussed, and a home service arranged anyway: the classic ordering mistake, skipping assessment and planning and jumping to intervention. Worse, you did not ask her. Intake should end with explaining the service, finding out whether she wants it, and reaching a preliminary agreement. #feedback
    Clean what? My flat's not dirty. Don't go to any bother, I don't need it. #speaker:wang
    Auntie, how about the social worker just comes back next week for a chat? #speaker:liu
    Ms Wang waves a hand.
    A chat's all right. Don't bring people round to do jobs. #speaker:wang
    -> intake_end
+ [(On the way out, quietly ask Liu for Qiang's phone number, meaning to ring him as soon as you get back) #phase:assessment #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    Talking to family is part of collecting information from several sources during assessment, but only with the client's consent. Getting her son's number behind her back breaks the principles of informed consent and confidentiality, and hits exactly what she fears most: becoming a burden to Qiang. Intake should end with a preliminary agreement with her. #feedback
    Shouldn't we ask Auntie first? #speaker:liu
    Ms Wang's hearing is sharper than you thought.
    What do you want Qiang's number for? I'll speak for myself. Don't you dare ring him! #speaker:wang
    There is an awkward silence. In the end, Ms Wang still agrees you may come back on Tuesday.
    Just to talk, mind. Nothing else. #speaker:wang
    -> intake_end
+ [“Thank you for telling me so much, Auntie. The station can look with you at where a hand might help in daily life; whether you want any help, and what kind, is up to you. What you've told me stays with me unless you agree otherwise. Could I come back next week to get to know you better?” #technique:information #phase:intake #quality:best]
    ~ trust = MIN(trust + 1, 3)
    In words she can follow, you explained what the service is, that she has the right to decide and to refuse, and that the conversation is confidential; then you asked her agreement to meet again. That is informed consent and a preliminary agreement at intake. The professional relationship exists because she said yes, not because you decided it. #feedback
    Ms Wang thinks for a moment.
    Well ... Tuesday, then. Morning. I have a nap in the afternoon. Ring Liu before you come, so I'm not sat here waiting for nothing. #speaker:wang
    -> intake_end

= intake_end
Back at the station, you write your first judgement in the intake record: Ms Wang is in no immediate danger, and her needs for practical help and emotional support both fall within the station's services. You decide to take on the case.
-> assessment

// ───────────────────────── Assessment ─────────────────────────
=== assessment ===
= d06
On Tuesday morning you are back at Ms Wang's door as arranged. Today's task is to build a full picture of her situation as the groundwork for a plan. #phase:assessment
{trust >= 2:Ms Wang has the tea made already, and Ginger is sitting by the door as if expecting someone.|Ms Wang opens the door, says “Oh, it's you. Sit down,” and goes back to the sofa.}
+ [“Auntie, today I'd like to go through a few everyday things in detail: meals, washing, going out, seeing the doctor. One at a time.” #technique:focusing #phase:assessment #quality:good]
    Going through daily living in a structured way is a common question-and-answer approach to assessment, and it is orderly. The drawback is that you fixed the topics from the start, so her history, feelings and relationships may slip through. Let her talk freely first, then fill the gaps with questions. #feedback
    Meals, I get by. One pot of congee does me two days. I don't go out much. The doctor ... not if I can help it. #speaker:wang
    As she talks, she drifts back to the old days of her own accord.
    -> d07
+ [(Take out a twenty-item needs assessment form, and read the questions with your head down, ticking boxes) “Question one: marital status ...” #technique:attending #phase:assessment #quality:weak]
    A structured questionnaire is one assessment tool, but reading items with your head down and ticking boxes means no eye contact and no room for her story: poor attending, and the interview becomes a census. Older people have limited eyesight and patience; keep the form for later, read it aloud to her, and begin by letting her talk freely. #feedback
    Ms Wang answers a few questions, each answer shorter than the last.
    Are we done yet? It's like the residents' committee counting heads. #speaker:wang
    You put the form away quickly and ask her just to tell you about herself.
    -> d07
+ [“Auntie, today I'd love to hear more about you: your years at the mill, your family. Start wherever you like.” #technique:listening #phase:assessment #quality:best]
    Assessment can begin with free self-narration: invite her to tell her story her own way, and listen closely. You will learn more about her character, abilities and relationships than from question-and-answer, and she feels treated as a whole person rather than a list of problems. #feedback
    -> d07
+ [“Auntie, I've brought a volunteer along today. She'll put a non-slip mat in the bathroom and give the place a clean, and we can chat while she works.” #technique:suggestion #phase:intervention #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    The assessment isn't finished and no plan has been agreed, yet you have brought someone in to do jobs: skipping planning is an ordering mistake. However well meant, she will feel she is being managed. And last time she said plainly “don't bring people round to do jobs”, which is all the more reason to understand first and discuss second. #feedback
    Didn't I say not to bring people? Send her home. I can manage my own place. #speaker:wang
    You send the volunteer away, sit down, and start the conversation again.
    -> d07

= d07
Once Ms Wang gets going, there is no stopping her.
I started at the No. 3 Cotton Mill at eighteen, minding the machines, thirty-two years. One girl ran a dozen machines back then, the noise left us half deaf, and my hands were quick, I can tell you! Lao Zhou was a mechanic there, honest man, never said much ... Qiang was a little terror as a boy ... and the price of vegetables now, five yuan for a bunch of chives ... Ginger I found downstairs the year before last, no bigger than my hand ... #speaker:wang
She talks for twenty minutes, from the factory floor to her husband, from vegetable prices to the cat, jumping from one thing to the next. You notice that whenever she comes to the present, her voice drops.
+ [(Don't interrupt; nod and smile as you listen, asking the odd question) “A dozen machines each? You must have had fast hands.” #technique:encouragement #phase:assessment #quality:good]
    Your nods, smiles and curious questions all encourage her, and she warms to her story; you also see her strengths: capable, proud, and skilled with her hands. But the talk keeps wandering and the time will run out. At the right moment, use a summary and focusing to bring it back to her life now. #feedback
    Fast? Of our whole intake I was the fastest, model worker every year. ... Now? My hands aren't what they were. On my own, just getting through the days. #speaker:wang
    -> d08
+ [“Auntie, those stories about the mill are lovely, and we'll have time for them another day. But we haven't got long today, so let's get to the point: how do you manage your bath these days? Are there any grab rails? How many times a week do you wash, and is anyone around when you do? I need to get that down on the form.” #technique:focusing #technique:clarification #phase:assessment #quality:weak]
    ~ trust = MAX(trust - 1, 0)
    The direction is right, but the focusing is too abrupt and too early. She was telling you about the years she is proudest of, and “get to the point” tells her all of that was irrelevant. Judge how far and how long she has wandered; let her feel heard first, then bring the talk back gently. And the string of closed questions that follows turns clarification into an interrogation: all she can do is answer yes or no, item by item. #feedback
    The smile leaves Ms Wang's face.
    My bath ... I manage it. #speaker:wang
    She says nothing more.
    -> d08
+ [“Let me sum up: your main problem is that your son isn't around, so you're feeling low. A bit depressed.” #technique:summarising #phase:assessment #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    A summary gathers the main points of what she said; it is not a place for your own conclusions. “Your main problem is your son” and “a bit depressed” are your inferences, the second a diagnostic label, and she said neither. In assessment, facts come before inferences, inferences must rest on facts, and they must be checked with her. #feedback
    Depressed? There's nothing wrong with me. Qiang earning a living down there is proper work. What's he got to do with it? #speaker:wang
    -> d08
+ [(When she reaches a pause, come in softly) “You've told me so much: how capable you were at the mill, what Lao Zhou was like, Qiang as a boy ... I notice that when you talk about the old days you're full of life, and when you get to now, your voice goes quiet. Could we talk about how things are now?” #technique:summarising #technique:focusing #phase:assessment #quality:best]
    You let her finish, gathered the scattered threads with a summary, and then focused on the centre: her life now. Good timing, and not abrupt: she has been heard, and she knows what comes next. Note that your summary adds no conclusions of your own; it reflects only what she said and what you observed. #feedback
    Ms Wang is silent for a while.
    Now ... now I'm just getting through the days. Daytime's all right. But come evening it's just me and Ginger, and the telly on for a bit of noise. #speaker:wang
    -> d08

= d08
{trust >= 2:
    -> disclose
- else:
    -> guarded
}

= disclose
~ knows_fall = true
Ms Wang glances towards the bathroom and lowers her voice.
I'll tell you something, but don't you breathe a word to Qiang. Last winter, just before New Year, I slipped in the bathroom after my wash. I couldn't get up, and my phone was in the other room. I sat there on the floor near enough two hours. In the end I shuffled to the door, bit by bit, and pulled myself up on the frame. Ever since, I'm on edge every time I wash. #speaker:wang
+ [“Two hours, alone, on that cold floor ... you must have been so frightened. And you never told Qiang, because you didn't want him to worry, and perhaps didn't want him thinking you can't look after yourself. Is that it?” #technique:empathy #phase:assessment #quality:best]
    ~ trust = MIN(trust + 1, 3)
    This is advanced empathy: you reflected not only the fear she described but the layer she left unsaid, not wanting her son to worry and not wanting to be seen as unable to cope. You offered it tentatively (“is that it?”), leaving her the right to confirm or correct it. #feedback
    Ms Wang nods and says nothing for a long while.
    ... If he knew, he'd make me move to Shenzhen, or put me in a home. I don't want to leave this flat. Everything of Lao Zhou's is here. #speaker:wang
    -> d09
+ [“Falls are one of the leading causes of injury death in older people, and lying on the floor for a long time afterwards makes things much worse. You're in a high fall-risk group and need a comprehensive assessment. I can set that up for you.” #technique:information #phase:assessment #quality:weak]
    The information is accurate, but the timing and the wording are wrong. She has just told you about a frightening experience and you answered with jargon and statistics, as if reading from a leaflet. Information must fit the person's background and readiness, and feelings come first. Respond with empathy now; give the information later, in words she can use. #feedback
    Ms Wang frowns.
    High-risk group? Whatever that means ... I'm careful now, anyway. #speaker:wang
    -> d09
+ [“Auntie, how could you hide something that serious from your son? You must tell him straight away!” #technique:advice #phase:assessment #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    She took a risk and told you what she least wants anyone to know, and your first reaction was to scold and give orders. Advice is for pointing out a real danger, but only once you understand her worries, and with care; never as a lecture the moment she has confided in you. What she needs now is empathy and acceptance. Whether to tell her son can be worked out with her later. #feedback
    Ms Wang waves her hands, regretting every word.
    See? I should never have said. You tell him and you needn't come through my door again. #speaker:wang
    -> d09
+ [“Thank you for telling me. That can't have been easy to say.” #technique:encouragement #phase:assessment #quality:good]
    Recognising the courage it took to tell you is apt encouragement, and it shows her the secret is safe with you. Go one step further: reflect the fear she felt and her reasons for keeping it from her son, and help her put those feelings into words. #feedback
    Oh, it's a weight off, saying it. Only ... you mustn't let Qiang know. #speaker:wang
    -> d09

= guarded
When you ask about washing, Ms Wang says “it's all fine” and gets up to top up Ginger's food. You notice a small stool by the bathroom door, and strips of torn-off tape still on the wall.
+ [“Auntie, when you're washing, which part of the bathroom makes you feel least steady?” #technique:clarification #phase:assessment #quality:good]
    An open, concrete question gently clarifies what lies behind “it's all fine”, without pushing: a good attempt. While she is still on her guard, one question is enough; don't follow up with more. #feedback
    Least steady ... well, the floor's slippery. Old flats are like that. I hold the wall and take it slowly. #speaker:wang
    -> d09
+ [“Auntie, I heard you had a fall last winter. Is that true? Why didn't you tell anyone?” #technique:confrontation #phase:assessment #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    Confronting her with hearsay, in the tone of an interrogation. The relationship is nowhere near ready for that, and all she will feel is that people are talking about her behind her back. Confrontation must rest on trust and be tentative and caring; for now, respect her pace, note the clue, and wait for a better moment. #feedback
    Who's been gossiping? I never fell. I'm fine! #speaker:wang
    -> d09
+ [(Note what you've seen in your record without pressing) “All right, let's talk about something else. Auntie, who do you see most these days?” #technique:listening #phase:assessment #quality:best]
    She isn't ready to talk, so you don't force it. You record what you saw, the stool and the tape marks, as facts (facts first, inferences later), and use an open question to explore her support network. When the trust is there, she will tell you herself; pushing now would only make her close the door tighter. #feedback
    Who do I see? Mrs Li downstairs pops up now and then. The girls from the mill, we used to meet up all the time, but I can't manage the stairs now, so it's a chat on the phone. #speaker:wang
    -> d09
+ [“Auntie, to be honest with you, my grandma fell in her bathroom two years ago ...” (you tell the whole story of her injury and hospital stay) “... so you really must be careful.” #technique:self-disclosure #phase:assessment #quality:weak]
    Using your family's experience as a warning is well meant, but the disclosure is far too long, carries a note of scaremongering, and moves the focus to your family. Self-disclosure should be short and to the point, and the focus should return to her; when she is not ready to talk, using someone else's misfortune to pressure her is the wrong move. #feedback
    Ms Wang nods, polite and distant.
    Your grandma had a bad time of it. I'm all right here. I'm careful. #speaker:wang
    -> d09

= d09
To see Ms Wang's situation in full, her own account is not enough.
+ [(Ask Liu to pull the community records, including Ms Wang's health checks and visit notes from the past few years; and, once Ms Wang has agreed, ask Mrs Li downstairs what she has noticed: how often Ms Wang comes down, what time her light goes off, whether anyone visits) #phase:assessment #quality:good]
    Records and a neighbour, both with her agreement: more sources, and informed consent respected. Family is still missing, though. Her son's view and the support he could offer are an important part of assessing her network; look for a good moment to discuss it with her. #feedback
    -> d09_data
+ [(Back at the station, ring Qiang directly and tell him that his mother struggles to get about and may have had a fall) #phase:assessment #quality:harmful #critical:confidentiality]
    ~ trust = MAX(trust - 2, 0)
    Talking to family is one of the channels of assessment, but it needs the client's consent first, and she decides what is said. You passed on her private information without asking, which breaches confidentiality and her right to self-determination, and lands squarely on her greatest fear. No number of sources is worth paying for with her trust. #feedback
    That same evening Qiang rings his mother, frantic, talking of taking leave to come home. The next day Liu tells you Ms Wang quarrelled with her son on the phone and cried after she hung up.
    Auntie says you can still come round, but not one more word about her business goes outside that flat. #speaker:liu
    -> d09_data
+ [“Auntie, so I can understand your situation properly, I'd like to look at the community records and have a word with Liu and with Mrs Li downstairs. And if you agree, I'd like to call Qiang too. You decide what I may and may not say.” #technique:suggestion #phase:assessment #quality:best]
    Assessment gathers information from several channels and checks them against each other: community records, the grid worker, neighbours and family are all important sources. You explained whom you want to ask and why, and left her the right to consent and to set the limits of what is said, in line with informed consent and confidentiality. #feedback
    {trust >= 2:
        ~ son_ok = true
        Look at the records, fine, and Mrs Li. Qiang ... go on, ring him, but only ask how things are with him. Not a word about my fall. #speaker:wang
    - else:
        Look at the records, fine, and Mrs Li. But you're not to ring Qiang. He's busy. #speaker:wang
    }
    -> d09_data
+ [(Write the assessment from Ms Wang's own account alone, without asking anyone else) #phase:assessment #quality:weak]
    Respecting her is right, but an assessment built on the client's account alone rests on a single source and easily misses what she will not say or does not see. With her consent, draw on community records, the grid worker, neighbours and family, and check them against each other. #feedback
    -> d10

= d09_data
The community record reads: Wang Xiulan, 74, retired from the No. 3 Cotton Mill, history of high blood pressure, pension 2,800 yuan a month. Mrs Li says Ms Wang has a good heart and used to knit jumpers for half the building; and “one night last winter I heard a thud from upstairs, and next day she was limping”.
{son_ok:On the phone, Qiang says his mother always tells him she's fine, but he has had a nagging feeling something is wrong; he is just too far away to do anything.}
You write down Mrs Li's words and add a note: this is a neighbour's observation; whether Ms Wang actually fell still needs to be confirmed.
-> d10

= d10
Back at the station, you need to write a structured assessment. Your supervisor, Ms Chen, asks you to talk her through your approach first.
+ [(List her difficulties precisely: limited mobility, unsafe bathing, poor meals, rarely goes out, lonely evenings, not taking medication) #phase:assessment #quality:good]
    A concrete list based on facts is far better than labels. But it records only what she lacks, not what she has: her determination, her skill, her old workmates and kind neighbours are all resources the intervention can draw on. A strengths perspective means looking at both sides. #feedback
    You've found the problems. Now, what does she have, in herself and around her, that we can use? #speaker:supervisor
    -> d11
+ [(Write: Main problem: loneliness. Causes: lives alone, widowed, son in Shenzhen, poor mobility, rarely goes out, contact with others steadily shrinking. At her age, living alone, a fall could go unnoticed for hours: high-risk. Recommendation: persuade her to move into a care home, or to go and live with her son; the community can help find a bed.) #phase:assessment #quality:weak]
    Plenty of causes, but only what she lacks, never what she has; it treats the symptom (loneliness) as the whole problem and leaps from “high-risk” to “care home” without considering her wishes or her resources. Assessment must separate how a problem shows itself from where it comes from, and use a strengths perspective to find what she and her surroundings can offer. #feedback
    Didn't she tell you she doesn't want to leave her home? An assessment isn't choosing her answer for her. #speaker:supervisor
    -> d11
+ [(Write it up from an ecological-systems and strengths perspective: the facts first; then the problems as they show (rarely out, lonely evenings) and their causes (poorer mobility, fewer ties since she was widowed, not wanting to burden her son); and her strengths: determined, organised, old workmates, kind neighbours) #phase:assessment #quality:best]
    This assessment separates facts from inferences and symptoms from causes. The ecological-systems view shows her links to family, neighbours and community; the strengths view records her abilities and resources. Her two main needs, practical daily care and emotional support, now stand out clearly. #feedback
    A clear line of thought. Don't forget the last step: check the order of priorities with Ms Wang herself. #speaker:supervisor
    -> d11
+ [(Write in the record: “Client is stubborn, refuses help, uncooperative with services, shows signs of depression.”) #phase:assessment #quality:weak]
    Every phrase here is an inference or a label, none supported by a fact, and her abilities and resources are nowhere to be seen. Case records put facts before inferences: what she said, what she did, what you saw (for example “voice dropped when talking about her life now”, “blood-pressure medication unopened”), with inferences built on those facts. #feedback
    “Stubborn” and “uncooperative” are how you feel, not how she is. Which words and actions led you to that? Write those down. #speaker:supervisor
    -> d11

= d11
A few days later, on your third visit, you bring the main points of the assessment to check them with Ms Wang.
+ [“Auntie, I've been putting together what I've heard over these visits. Getting downstairs, not feeling safe in the bath, the lonely evenings: it all comes back to one thing. You're too proud to accept help, and you carry everything on your own. That needs to change. If you'd only let people give you a hand, half of these problems would be solved overnight.” #technique:summarising #technique:advice #phase:assessment #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    That is not a summary; it is a judgement. You treated her pride as the problem and threw in a lecture for good measure. Her determination is precisely her strength: it is what has kept her going alone for five years. A summary must stay faithful to what she said, and advice has no business correcting someone's character. #feedback
    And who's my pride hurting? If I weren't proud, I'd have gone under five years ago. #speaker:wang
    -> planning
+ [“Auntie, I've pulled together what I've heard over these visits; tell me if I've got it right. What you want most is to go on living in your own home without being a burden to Qiang. What's hard at the moment is getting down to buy food, not feeling safe when you wash, and the evenings being so lonely. Of those, which would you most like to sort out first?” #technique:summarising #phase:assessment #quality:best]
    Your summary gathers the main points of several conversations, says only what she said, and asks her to check it; then it leaves “which first?” to her. Setting the order of priorities is something you do together with the client. #feedback
    Yes, that's about it. First ... the washing, let's start there. That's what worries me most. And if there were someone to talk to in the evenings, that'd be nice. #speaker:wang
    -> planning
+ [“Auntie, I've got the full picture now. I've already lined up a volunteer, who'll start coming round tomorrow. You just sit back.” #technique:information #phase:intervention #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    The assessment has not been checked with her and no plan has been discussed, yet the service is starting: skipping planning is an ordering mistake, and it turns her from a partner into someone things are done to. After assessment, agree her priorities with her first, then make the plan together. #feedback
    I haven't said yes yet, and you've gone and arranged it? Don't send anyone. #speaker:wang
    -> planning
+ [“Auntie, what worries you most in your life at the moment?” #technique:listening #phase:assessment #quality:good]
    Inviting her to set the priorities herself is the right direction. But you have already gathered a lot of information; if you first summarised the main points back to her and asked her to check them, she would find it easier to answer, and you would know you had understood her correctly. #feedback
    Worries ... the washing. And the evenings, they're that quiet. #speaker:wang
    -> planning

// ───────────────────────── Planning ─────────────────────────
=== planning ===
= d12
On your fourth visit, you mean to work out the service plan together with Ms Wang. #phase:planning
+ [“Auntie, let's set a few small goals together. Think about it: three months from now, what would you like to be different in your life? The more specific, the better.” #technique:clarification #phase:planning #quality:best]
    The goals are set with her, not for her. Asking what would be “specifically different” helps her turn a vague wish into goals that are specific, measurable and time-bound (SMART). Goals that come from her own wishes are goals she will work for. #feedback
    Specific ... I'd like to get downstairs twice a week and go to the market and pick my own vegetables. To have a wash without my heart in my mouth. In the evenings ... someone to talk to. And Qiang not to have to worry. #speaker:wang
    -> d13
+ [“Let's not bother with goals yet. The home-care aide and a volunteer will start coming on Monday, and we'll see how it goes.” #technique:suggestion #phase:intervention #quality:weak]
    Starting the service without an agreed plan skips planning: an ordering mistake. “See how it goes” sounds flexible, but there are no goals, no division of tasks and no timetable, so in three months there is nothing to evaluate against. Planning means agreeing goals, services and timing with her first. #feedback
    See how what goes? I don't even know what they're coming to do. #speaker:wang
    So you sit down and go through it with her, point by point.
    -> d13
+ [“Auntie, here's what the community can offer: a home-care aide to help with cleaning, washing and shopping; a volunteer to keep you company and go out for a walk with you; and help booking a hospital check-up. Which of those would be useful?” #technique:information #phase:planning #quality:good]
    Setting out the available services in words she understands and letting her choose is a proper use of giving information. But goals should start from the life she wants, and then look at which services can help; otherwise planning turns into “here's what we've got”. #feedback
    Someone to help with the washing and shopping, that'd be a blessing. The rest ... I'll think about it. #speaker:wang
    -> d13
+ [“Auntie, I've set your goals for you: home care three times a week, a companionship visit once a week, a hospital check-up next month, and we close the case in three months.” #technique:suggestion #phase:planning #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    The plan itself isn't bad, but you set her goals for her instead of with her. A suggestion should be put as a proposal, with reasons, its feasibility discussed, and the decision left to her. A plan she had no part in will get little cooperation from her. #feedback
    Ms Wang says nothing for a long moment.
    You've decided it all. Why ask me? #speaker:wang
    You realise your mistake and ask her what she herself would want. She says very little.
    Just to get down and buy my own vegetables, that'd do. #speaker:wang
    -> d13

= d13
In the end you write the goals down together. Overall goal: to live safely and contentedly in her own home. Sub-goals: within three months, get downstairs at least twice a week; within one month, have a health check; have help with bathing and shopping. You ask Ms Wang to rate how lonely she feels now, from zero to ten. She thinks, then says, “Eight, I'd say.” You agree to aim for below five in three months.
When you mention a community volunteer visiting once a week (you already have someone in mind: Zhao, a university student on the volunteer team, thoughtful and full of jokes), Ms Wang's face changes.
An aide to help with the chores, fine, I'll have that. It's no different from paying a cleaner. But a volunteer ... coming round just to keep me company, for nothing? What'll the neighbours think? That I've no family of my own? #speaker:wang
+ [“When I first started work, I hated asking anyone for anything too; I'd just struggle on alone. Then I found out that giving each other a hand is perfectly normal, and people are glad to do it. At the mill, didn't you help out plenty of the other women yourself? Letting someone help you now is really the same thing.” #technique:self-disclosure #phase:planning #quality:good]
    ~ vol_ok = trust >= 1
    A brief self-disclosure of a sentence or two echoes her dislike of troubling people, and then turns straight back to her own experience: good use of self-disclosure. Naming her worry about face directly, and offering a trial she can stop at any time, would make it surer still. #feedback
    {vol_ok:That's true enough. Anyone at the mill had trouble at home, I was round there. ... All right, we'll try it. If it's no good, we stop.|Helped, yes ... but that's different. I'll think about it.} #speaker:wang
    -> d14
+ [“Auntie, if you won't accept help and something happens again, there'll be no one around, and then it'll be too late for regrets. Listen to me, it's settled: Zhao comes round next Thursday.” #technique:advice #technique:suggestion #phase:planning #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    Scaring her with “something happens” and “regrets” turns advice into pressure, and “it's settled” turns the suggestion into a decision made for her. Whether to accept a volunteer is hers to decide; it is not the kind of serious danger that calls for a warning. All she hears is that no one understands her concern. #feedback
    If something happens, that's my business. No volunteer. #speaker:wang
    -> d14
+ [“Auntie, I was a volunteer myself at university. We visited so many older people ...” (you tell two or three funny stories from your volunteering days) “... so don't worry, volunteers are lovely. Let Zhao come and give it a go, once a week.” #technique:self-disclosure #technique:suggestion #phase:planning #quality:weak]
    ~ vol_ok = trust >= 2
    The self-disclosure runs long, and it is about how nice volunteers are, not about her real worry: losing face. So the suggestion at the end comes with no reason she can accept, and all she hears is that you want a yes. Keep self-disclosure brief and relevant to her situation, then hand the focus back to her. #feedback
    {vol_ok:You young people have good hearts. ... All right, let her come and we'll see.|You young people mean well. But I ... I'll think about it.} #speaker:wang
    -> d14
+ [“You're worried the neighbours will see and think no one looks after you, and you'd lose face. Is that it? How about this: we try it for one month. Zhao comes once a week, goes downstairs with you, maybe to the market together, and if it doesn't suit you, we stop any time. What do you think?” #technique:empathy #technique:suggestion #phase:planning #quality:best]
    ~ trust = MIN(trust + 1, 3)
    ~ vol_ok = trust >= 1
    You first named her worry with empathy (face, being seen as uncared for), then made a suggestion she can take up or drop: what it involves, how long the trial is, and that she can stop at any time. That is how a suggestion should work: give reasons, show it is feasible, and respect her decision. #feedback
    Someone to walk down to the market with me ... well, that I could do. One month, mind. If it's no good, that's the end of it. #speaker:wang
    -> d14

= d14
The plan is more or less agreed: a home-care aide on Mondays, Wednesdays and Fridays to help with cleaning, shopping and bathing; {vol_ok:Zhao the volunteer on Thursdays, to go out with her;|as for a volunteer, Ms Wang says she will “see”;} and you will visit once a week to follow up. Now it needs to go down on paper.
+ [“Auntie, let's just agree it between ourselves. Signing things is a bother, and it feels so formal.” #technique:suggestion #phase:planning #quality:weak]
    Skipping the agreement looks considerate, but then nothing about the goals, the timing or either side's responsibilities is in writing. What will you evaluate against in three months? Her right to change or withdraw has not been made clear either. An agreement need not feel cold: reading it to her and asking her to sign is itself a mark of respect. #feedback
    Fine, we'll just say it, then. #speaker:wang
    -> intervention
+ [(Read the service agreement to her item by item: the goals, what the services are and how they work, how often, for three months, what each side is responsible for, and her right to ask for changes or stop at any time. Check she has understood it all; both of you sign, and she keeps a copy) #technique:information #phase:planning #quality:best]
    The service agreement sets out the goals, content and methods, timing and frequency, and both sides' rights and duties, signed by both: a commitment now and a yardstick for evaluation later. Reading it aloud item by item and checking her understanding respects her eyesight and reading habits and protects her right to know. #feedback
    Ms Wang puts on her reading glasses and signs, stroke by careful stroke: Wang Xiulan.
    It's been years since I signed my own name. #speaker:wang
    -> intervention
+ [(You sign the agreement yourself, then ask Liu to sign Ms Wang's name for her: “her eyesight's poor, it saves bother”) #phase:planning #quality:harmful #critical:informed-consent]
    ~ trust = MAX(trust - 1, 0)
    Having someone else sign shuts her out of her own service and makes the agreement meaningless. A service agreement must be signed by the client herself, knowingly and willingly. If her eyesight is poor, read it aloud or print it large; do not sign for her. #feedback
    A few days later, Ms Wang tracks Liu down with the agreement in her hand.
    Why is my name in your handwriting? I can write, you know! #speaker:wang
    -> intervention
+ [(Leave the agreement with her) “Auntie, there's no hurry to sign this. Keep it and read it at your own pace, and circle anything that isn't clear. You could talk it over with Qiang when he rings on Sunday, too. Next time I come, we'll go through it line by line, and you can sign once you're completely happy with it.” #technique:information #phase:planning #quality:good]
    Giving her time to think and the chance to consult her family respects her autonomy. But with her eyesight, it would be better to go through it with her aloud, answer her questions, and make sure she really understands before she signs. #feedback
    On your next visit, Ms Wang pushes the agreement back across the table.
    The print's as small as ants ... Read it to me, will you? #speaker:wang
    You read it through, item by item, and she signs.
    -> intervention

// ───────────────────────── Intervention ─────────────────────────
=== intervention ===
= d15
The service begins. The home-care aide comes on Mondays, Wednesdays and Fridays{vol_ok:, and Zhao on Thursdays to go out with her}. In the third week, you visit to see how things are going. #phase:intervention
The service is good. Only ... last week, dusting, she moved Lao Zhou's photo up on top of the wardrobe. I can't reach it, and I didn't like to say. #speaker:wang
+ [(Nod and write it in your notebook) “Right, I've made a note. I'll have a word with the aide when I get back, so she leaves your things where they are from now on.” #technique:listening #phase:intervention #quality:good]
    You heard her complaint and promised to deal with it, which is useful for adjusting the service. One more step would be better still: respond to the feeling, and ask what the photo means to her; you would understand her far better. #feedback
    Mm. It's Lao Zhou's photo. ... Thank you. #speaker:wang
    -> d16
+ [“I can see it upset you, the photo being moved, and I do understand. But the aide was only trying to help tidy up, Auntie. Don't take it to heart.” #technique:empathy #technique:listening #phase:intervention #quality:weak]
    ~ trust = MAX(trust - 1, 0)
    “I do understand” passes over her feeling in a phrase, and then you rushed to defend the aide: selective listening. You heard “she moved a photo” but not the loss behind it, nor that she “didn't like to say”. Listening takes in both content and feeling, and her complaint about the service is exactly the signal that something needs adjusting. #feedback
    I'm not taking it to heart. ... Never mind, I'll get up on a stool and fetch it down myself. #speaker:wang
    Your stomach tightens: climbing on a stool is the surest way to a fall. You quickly promise to have the aide put the photo back.
    -> d16
+ [“Auntie, the service is up and running now, and the aide comes more often than I do, so I'll close the case on my side. If you need anything, just ask them.” #technique:information #phase:closing #quality:harmful]
    Three weeks into the service, not one goal in the plan has been met and nothing has been evaluated, yet you want to close: an ordering mistake that skips intervention and evaluation and goes straight to closing. Handing her over to the aide is not a valid reason for referral either. During intervention the worker keeps following up, watching her responses and reviewing progress. #feedback
    Ms Wang stares at you for a moment, says nothing, and looks down at Ginger.
    -> s1
+ [“Lao Zhou's photo has gone from where you see it every day ... That photo must matter a great deal to you. Would you tell me about it?” #technique:empathy #phase:intervention #quality:best]
    ~ trust = MIN(trust + 1, 3)
    During intervention, keep watching how she responds to the service. You did not rush to explain or defend the aide; you responded to her feeling first, then invited her to say what the photo means. Small things often carry big feelings, and only when you know what she cares about can you adjust the details of the service. #feedback
    It was taken the year he retired, by the mill gate. Every morning I say a few words to him ... Don't you laugh at me. #speaker:wang
    That same day you ask the aide to put the photo back on the coffee table, and write in the service log: “Lao Zhou's photo stays on the coffee table. Please do not move it.”
    -> d16

= s1
You hand in a case-closure request at the station, and your supervisor, Ms Chen, calls you into her office.
The plan runs three months, and this is week three. Which of her goals has been met? Have you evaluated anything? And the aide delivers the service; whose job is it to follow up and coordinate? #speaker:supervisor
+ [“Then I'll transfer the case to the volunteer team. At least someone will be looking after her.” #phase:closing #quality:harmful]
    Referral is justified in only two situations: the problem lies outside the agency's scope, or the client lives outside its service area. Ms Wang's needs fall squarely within the station's services; “transferring” her to the volunteer team is passing the buck, not a referral. #feedback
    That's not a referral, that's offloading her. I won't sign off the closure. Go back and keep at it. #speaker:supervisor
    -> s1_end
+ [“You're right. I was looking for a shortcut. I'll keep following up: a weekly visit, checking the aide's service log, and adjusting as I see how she responds.” #phase:intervention #quality:best]
    Accepting supervision and returning to the intervention is the right call. During intervention the worker is coordinator and enabler: following up the services, watching her responses, reviewing progress regularly. None of that can be handed to someone else. #feedback
    -> s1_end
+ [“But the aide really is there more often than I am, three times a week. She knows Auntie better than I do, and Auntie's used to her now. If anything's wrong, she'll be the first to know.” #phase:intervention #quality:weak]
    Being there more often is not the same as being responsible for the case. The worker's job is to hold it together: check progress against the plan, coordinate everyone involved, deal with problems. An aide cannot do that. Closing needs a valid reason, and it needs an evaluation first. #feedback
    Knowing her well isn't the same as being responsible for her. Go back, keep following up, and bring me your progress in two weeks. #speaker:supervisor
    -> s1_end

= s1_end
You ring Ms Wang to say you will visit as usual next week, and that you have sorted out the photo with the aide. At the other end she says “Mm”, and you can hear the relief in it.
-> d16

= d16
Week five. When you arrive, Ms Wang is holding on to the door frame, white in the face.
It's nothing, nothing. I stood up too quick and came over dizzy. It's been happening a lot lately. I sit for a bit and it passes. #speaker:wang
The blood-pressure pills on the coffee table are still unopened. {knows_fall:You think of the fall she had in the bathroom last winter.}
+ [“Auntie, at your age the community clinic does a free health check once a year: blood pressure, blood sugar, a heart trace, the lot. And the district hospital has a priority lane for older patients, so no long queues. We could get the dizziness looked at while you're there. Shall I book one for you this week? Which day would suit you best?” #technique:information #technique:suggestion #phase:intervention #quality:good]
    ~ checked = true
    You gave concrete information in plain words (free, no queues), answered her worry about cost and bother, and made a suggestion as a proposal: both techniques used well. But dizziness plus untaken medication is a real risk; you could say more clearly why she needs to go. #feedback
    Free? Well ... I suppose I'll go and see, then. #speaker:wang
    -> d17
+ [“Then let's wait until Qiang's home for New Year, and he can take you for a proper check-up.” #technique:suggestion #phase:intervention #quality:weak]
    ~ checked = false
    That pushes a risk that needs prompt attention back by more than two months. Repeated dizziness with untaken blood-pressure medication should not wait, and linking her to medical care and going with her is already part of the plan. A suggestion needs reasons and good timing; going along with her must not mean dodging the risk. #feedback
    Yes, we'll wait for New Year. #speaker:wang
    -> d16b
+ [“Auntie, I need to say this seriously: you keep getting dizzy, you're not taking your blood-pressure pills, and you're here on your own. If you fainted with nobody around, that would be really dangerous. We need to get you checked at the hospital this week. I'll go with you and sort out the registration and the queues.” #technique:advice #phase:intervention #quality:best]
    ~ checked = true
    Repeated dizziness, untaken blood-pressure medication, living alone: a real health risk, and exactly when advice is called for, naming the danger and the action that must be taken. You were direct but caring, and you dealt with her practical worry (the queues) as well. Advice kept for things that truly matter carries weight when you use it. #feedback
    Ms Wang hesitates for a long time.
    ... All right, I'll go. I'm just afraid they'll find something, and then it's money, and then Qiang finds out. #speaker:wang
    -> d17
+ [“Auntie, it could be orthostatic hypotension, or reduced blood flow to the brain from hypertension. You'll need 24-hour blood-pressure monitoring and a carotid ultrasound.” #technique:information #phase:intervention #quality:weak]
    ~ checked = false
    A string of medical terms she cannot follow, so she has no idea what to do. Give information at her level, in words she understands; and diagnosis is the doctor's job. Yours is to make the risk clear and help her actually get to the doctor. #feedback
    Hypo-what? ... I don't understand a word. A rest and it passes, anyway. #speaker:wang
    -> d16b

= d16b
Ten days later, Liu rings you: Ms Wang had a dizzy spell outside the market and nearly went down; luckily the woman at the vegetable stall caught her.
She's not hurt, just shaken. I took her home. She's still telling everyone she's fine. #speaker:liu
+ [(Phone her) “Auntie, I'm glad you didn't fall. Just take it slowly when you go out from now on.” #technique:advice #phase:intervention #quality:weak]
    The risk is staring you in the face, and all you offer is “take it slowly”: advice spent on a detail while the action that really must happen, seeing a doctor soon, goes unsaid. During intervention, adjust promptly to her responses and to new events; don't stand still. #feedback
    Yes, yes, I know. #speaker:wang
    -> d18
+ [(Go round that same day, talk through the near-fall with her properly, then take her to the district hospital for a check-up) #phase:intervention #quality:best]
    ~ checked = true
    The risk has shown itself, and you go straight round and take her to the doctor: the broker's role in intervention, and adjusting the plan to new events. You didn't insist last time; this time it cannot wait. #feedback
    This time ... I really did get a fright. Come on, then, let's go and see. #speaker:wang
    -> d17
+ [(Talk it over with Ms Wang first; with her agreement, ring Qiang while you're with her so mother and son can discuss seeing the doctor together) #phase:intervention #quality:good]
    ~ checked = true
    ~ son_ok = true
    Asking her first and then bringing her son in uses family support properly, and she keeps the sense that she is in charge. If you had also offered to go to the hospital with her, it would happen faster. #feedback
    Mum, just do as the social worker says and get checked. Don't worry about the money. #speaker:son
    All right, all right, I'll go. You get on with your work. #speaker:wang
    -> d17
+ [“Auntie, you're just afraid of doctors! Keep putting it off and one day you'll collapse in here and nobody will even know!” #technique:advice #phase:intervention #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    ~ checked = false
    Fear instead of care, again. Advice can be direct, but it needs respect, reasons, and practical help such as “I'll come with you”. An older woman who has just been told off will mostly dig her heels in. #feedback
    If I collapse in here, that's my own business! #speaker:wang
    -> d18

= d17
The geriatrics department at the district hospital. Dr Li looks through the test results, then asks Ms Wang to stand, walk a few steps, and balance on one leg.
Your blood pressure's on the high side, so you need to take the pills properly. There's wear in the knee joints and your balance isn't great. Have you had any falls before? #speaker:doctor
{knows_fall:
    Ms Wang glances at you and nods.
- else:
    Ms Wang freezes, and hesitates for a long moment.
    Last winter ... I fell once, in the bathroom. #speaker:wang
    Asked by the doctor, she does not hide it. It is the first time you have heard it from her own lips.
}
~ knows_fall = true
Then you'll want to make some changes at home: grab rails in the bathroom, a non-slip mat, a night light left on. And living alone, you really should have an emergency alarm. #speaker:doctor
Out in the corridor, Ms Wang sits on a bench and says nothing for a long time.
I knew it ... old and useless. Can't do this, can't do that. From now on I'm just a burden. #speaker:wang
+ [“I understand, it's hard to hear. But everyone gets like this with age, there's no escaping it. Take my advice: don't dwell on it, and stop expecting the worst.” #technique:empathy #technique:advice #phase:intervention #quality:weak]
    “I understand” comes too quickly to count as empathy. “Everyone gets like this” and “don't dwell on it” sound comforting, but they brush her feeling aside and then tell her how she ought to feel; in effect you are telling her to stop being upset. Empathy first acknowledges the loss she feels now, instead of hurrying to smooth it over, and advice is not for ruling on her feelings. #feedback
    Not dwell on it ... easy for you to say. #speaker:wang
    -> d18
+ [“After everything the doctor said, you're feeling low, as if you'd suddenly been told you can't manage. But what I see is someone who's kept this home going on her own for five years, with the cat and the plants thriving. Grab rails and a mat are there so you can keep living in your own home. They don't mean you're useless.” #technique:empathy #technique:encouragement #phase:intervention #quality:best]
    You met her disappointment with empathy first, then used a strengths perspective to set out the facts: she is capable and has been looking after herself all along. Encouragement grounded in evidence, not empty praise. You also reframed “grab rails” from “admitting I'm old” to “staying in my own home”, which speaks to what she cares about most. #feedback
    Ms Wang wipes the corner of her eye.
    ... That's true. A grab rail's better than a care home, any day. #speaker:wang
    -> d18
+ [“Let me go through what the doctor said, one thing at a time. The rails go by the toilet and the shower, so you've something to hold when you stand up; the mat goes by the door and in the shower; the alarm hangs round your neck, and one press puts you through to the community centre, day or night. None of it's complicated. Once it's in, it just works.” #technique:information #phase:intervention #quality:good]
    Translating the doctor's advice into concrete steps she can understand and carry out is good use of information. But she is sunk in “old and useless” right now; acknowledge that feeling first, and the information will land more easily. #feedback
    I've taken it in. I just feel out of sorts, that's all. #speaker:wang
    -> d18
+ [“Auntie, you're not old at all! You're amazing! Really, absolutely amazing!” #technique:encouragement #phase:intervention #quality:weak]
    That is empty praise: nothing specific, and out of step with how she feels right now, so she will only think you are humouring her. Encouragement should point to something concrete and true, such as how she has looked after herself all these years. #feedback
    Ms Wang gives a wry smile.
    Listen to you, trying to cheer me up. #speaker:wang
    -> d18

= d18
{knows_fall:
    -> d18_known
- else:
    -> d18_unknown
}

= d18_known
Back at her flat, you and Ms Wang talk about making her home safer. The sub-district has a subsidy this year for age-friendly home adaptations that covers grab rails and non-slip flooring, and the community gives out emergency alarms free of charge.
+ [“Auntie, the rails and the mat can go under the sub-district subsidy, and the alarm is free from the community. Whether to have them, and where, is your call. And whether to tell Qiang about the fall, and how, we can work that out together too.” #technique:suggestion #technique:information #phase:intervention #quality:best]
    ~ safety = true
    ~ son_ok = true
    You linked her to sub-district and community resources (the broker's role), made clear what she can get, and left the decisions to her; even the most sensitive question, whether to tell her son, is hers to decide, with you alongside. Indirect work on her environment and direct work that respects her self-determination, both done well. #feedback
    Put them in. ... Qiang I'll tell myself. Sunday, when he rings, I'll say: your mum's got grab rails now, very modern. #speaker:wang
    -> d19
+ [“Auntie, the rails, the mat and the alarm the doctor mentioned: I'd recommend you have all of them put in, and the sooner the better. There's a sub-district subsidy, and the alarm's free from the community, so I'll go and fill in the form for you now and book the fitter as well. You won't have to do a thing.” #technique:suggestion #technique:information #phase:intervention #quality:good]
    ~ safety = true
    Quick action, clear facts about the subsidy and the free alarm, and the resources are linked: the right direction. The flaw is that “I'll go and fill in the form for you now” decides for her. Which fittings, where they go, whether to tell her son: ask her first. A suggestion should leave her room to decide for herself. #feedback
    Well, you've got it all in hand, so put them in. #speaker:wang
    -> d19
+ [(Bring her a copy of “Fall Prevention for Older People”) “Auntie, it's all in here. Have a read when you've got a moment, and just follow it.” #technique:information #phase:intervention #quality:weak]
    Handing over a booklet and calling it done turns giving information into a formality: small print, jargon, and her eyesight is poor. More to the point, applying for the subsidy and getting the work done are things she cannot manage on her own. Pitch information to what the person can take in, and where resources need linking, link them. #feedback
    Ms Wang slips the booklet under the television.
    Fine, I'll look at it later. #speaker:wang
    -> d19
+ [(That evening, ring Qiang and tell him about the fall and the dizziness, and ask him to send money for grab rails) #phase:intervention #quality:harmful #critical:confidentiality]
    ~ trust = MAX(trust - 2, 0)
    She told you plainly she did not want her son to know about the fall, and you told him for her: a breach of confidentiality and of her self-determination. She had been willing to have grab rails; now they have turned into a row between mother and son. Family involvement depends on the client's consent, and she decides what is said and how. #feedback
    Qiang rings his mother that same night, anxious and hurt: “Mum, you had a fall like that and you hid it from me!” Ms Wang hangs up and does not answer anyone's calls for two days. As for the grab rails, she will not hear another word about them.
    It's my home. Nobody touches it! #speaker:wang
    -> d19

= d18_unknown
All you have heard about a fall is a hint from Mrs Li; Ms Wang has never mentioned one. Today you want to talk with her about how daily life at home should go from here.
+ [“Auntie, now it's getting cold you should watch less TV at night and go to bed earlier. And stop eating leftover congee, it's bad for you.” #technique:advice #phase:intervention #quality:weak]
    This is moralising about small things. Watching TV and eating leftovers are her habits, not serious dangers that call for a warning. Use advice too often, and on details, and she will feel bossed about; when a warning is truly needed, it will no longer work. #feedback
    I'm past seventy and now I'm to be told when to go to bed? #speaker:wang
    -> d19
+ [“Auntie, let's walk round the flat together, from the front door to the bedroom, the kitchen and the bathroom, and you tell me where it's most awkward or feels least safe.” #technique:clarification #phase:intervention #quality:best]
    Walking through the home with her and asking her to point out exactly where things are difficult combines observation with clarification: far more concrete than asking “any difficulties?”, and it lets her find the problems herself. #feedback
    {trust >= 1:
        ~ knows_fall = true
        ~ safety = true
        Ms Wang stops at the bathroom door.
        Here. ... I'll be honest with you. I fell in here last winter, and sat on the floor two hours before I could get up. #speaker:wang
        Then and there you agree together to apply for the sub-district subsidy for grab rails and a non-slip mat, and to get an emergency alarm.
    - else:
        It's all fine. It's an old flat. It does. #speaker:wang
    }
    -> d19
+ [“Everything at home's pretty safe, isn't it? Nothing that needs doing?” #technique:clarification #phase:intervention #quality:weak]
    Two closed questions that also hint at the answer you want (“pretty safe”, “nothing”), so of course she agrees there's nothing. To learn about risks in the home, ask open questions, and ideally look round with her. #feedback
    Nothing. It's fine. #speaker:wang
    -> d19
+ [“Auntie, the community has a meal service that brings a hot lunch to your door every day: two meat dishes and a vegetable, soft and easy to chew, and only eight yuan a meal. Would you like to sign up?” #technique:suggestion #phase:intervention #quality:good]
    Meals are a real difficulty for her (one pot of congee for two days), the meal service is a suitable resource, and you put it as a proposal. But the big question of safety at home is still unexplored, the bathroom above all, which is exactly where older people living alone most often come to harm. #feedback
    A hot lunch? Now that would be nice. How much a month? #speaker:wang
    -> d19

= d19
{vol_ok:
    -> d19_vol
- else:
    -> d19_novol
}

= d19_vol
Week eight. Going through the service log, you notice that Ms Wang has cancelled two of Zhao's last four Thursday visits, both times saying she was “feeling poorly”. But Liu says that on one of those Thursdays she saw Ms Wang going downstairs on her own, holding the rail, on her way to the market.
When you ask about it, Ms Wang waves it away.
Zhao's lovely, she's lovely. I just wasn't feeling right those days. #speaker:wang
+ [“Auntie, how have you found the times Zhao's come round?” #technique:listening #phase:intervention #quality:good]
    An open question about how she feels about the service, with no assumptions and no blame: a good start. But she has already answered “she's lovely” once. To find out why she really cancels, gently set what she says beside what she does and let her explain. #feedback
    Lovely ... only that girl's too careful. She holds my arm all the time, like I'm a cripple. #speaker:wang
    -> d19_adjust
+ [“Liu saw you going to the market, Auntie. Isn't that just lying?” #technique:confrontation #phase:intervention #quality:harmful]
    ~ trust = MAX(trust - 2, 0)
    You pointed out the same inconsistency, but this way it becomes exposure and accusation: blunt, and with the grid worker produced as a “witness”. She will feel watched and humiliated. Confrontation rests on acceptance and respect, is offered tentatively, and comes from concern. #feedback
    Ms Wang flushes scarlet.
    Oh, I see, you're all in it together, spying on me! Is going to the market against the law now? #speaker:wang
    -> d19_end
+ [“Auntie, I'm a bit curious. You say Zhao's lovely, but twice this month you asked her not to come, and one of those times you went down to the market on your own. Is there something about going out with her that doesn't feel right?” #technique:confrontation #phase:intervention #quality:best]
    This is confrontation done well: on a foundation of trust, tentatively and with care, you set what she says (“she's lovely”) beside what she does (cancelling, then going out alone) and invite her to explain, rather than drawing the conclusion for her. Confrontation is there to help her see herself, not to catch her out. #feedback
    {trust >= 2:
        ~ trust = MIN(trust + 1, 3)
        Ms Wang sighs, then laughs.
        Sharp eyes, you've got. ... Zhao holds on to my arm the whole way, and the neighbours stare like I'm I don't know what. I can walk by myself, just slowly. I'd rather she walked beside me and I held the rail myself. #speaker:wang
    - else:
        Ms Wang's face darkens for a moment.
        So you've got people keeping tabs on me? ... She holds my arm the whole time, like I'm a cripple. #speaker:wang
    }
    -> d19_adjust
+ [(Say nothing about it. Back at the station, agree with Zhao that since Ms Wang has put her off twice she clearly doesn't need the company, so Zhao needn't go on Thursdays any more and can spend the time with someone who does. Note “client declined” in the record) #phase:intervention #quality:weak]
    ~ vol_ok = false
    Her cancellations are an important signal, and you stopped the service without asking why. Intervention means watching her responses and adjusting, but the adjustment must come from understanding the reasons and agreeing it with her. Now nobody is there to help her with the goal of going out twice a week. #feedback
    The next Thursday, Ms Wang stands at the window a long while. Zhao does not come.
    -> d19_end

= d19_adjust
You ask Zhao to join you, and the three of you work out a new arrangement: Zhao walks beside her and carries the shopping, Ms Wang holds the rail and takes the stairs herself, and at the market Ms Wang does the choosing.
Then from now on you can teach me to pick vegetables, Auntie. No laughing at me if I'm hopeless! #speaker:volunteer
-> d19_end

= d19_novol
Week eight. Ms Wang never took up the offer of a volunteer; only the home-care aide comes, to do the chores. Yet you notice that every time you visit, she has the tea made early and is waiting at the door, and when you get up to leave she always finds something to keep you a little longer.
I'm fine on my own, I really don't need company. Don't let me keep you. #speaker:wang
+ [“All right, if you really don't want it, we won't push. The service is voluntary, and I respect your decision. If you ever change your mind and would like someone to come and keep you company, just tell me any time and I'll arrange it for you straight away. Zhao would be glad to come.” #technique:listening #phase:intervention #quality:weak]
    Respecting her decision is not wrong, but you heard only the “no” in her words and missed the longing in her actions. Listening takes in both content and feeling, and notices whether what she says matches what she does. #feedback
    Mm. Don't let me keep you. #speaker:wang
    -> d19_end
+ [“Come off it, Auntie. Anyone can see you're lonely.” #technique:confrontation #phase:intervention #quality:harmful]
    ~ trust = MAX(trust - 2, 0)
    That is exposure, not confrontation: blunt and judgemental, and she will feel laughed at. Confrontation presupposes acceptance and respect, is put tentatively and with care, and lets her see and say it for herself. #feedback
    Ms Wang sets her cup down hard on the table.
    Whether I'm lonely is none of your business! #speaker:wang
    -> d19_end
+ [“Auntie, you say you're fine on your own and don't need company. But every time I come, you've got the tea made and you're waiting at the door, and when I get up to go, there's always one more thing to talk about. I wonder if, deep down, you'd really like someone to come and chat?” #technique:confrontation #phase:intervention #quality:best]
    This is confrontation done well: on a basis of trust, tentatively and with care, you set what she says (“I don't need company”) beside what she does (tea ready, keeping you longer) and invite her to confirm it. Confrontation helps her see her own needs; it is not about exposing her. #feedback
    {trust >= 2:
        ~ trust = MIN(trust + 1, 3)
        ~ vol_ok = true
        Ms Wang stares at you for a long moment, then laughs.
        Oh, you ... Yes. I would. How about that Zhao girl comes and we give it a try? One month, mind. #speaker:wang
    - else:
        Like it? What's to like ... I'm just being polite. #speaker:wang
        She gets up to refill Ginger's water and stands with her back to you for a long while.
    }
    -> d19_end
+ [“Auntie, which day of the week do you look forward to most?” #technique:listening #phase:intervention #quality:good]
    ~ vol_ok = trust >= 2
    An open question that let her say for herself what she looks forward to: nicely done. If you then gently set her words beside her actions and invited her to look at them, she might find it easier to accept company. #feedback
    Look forward to ... the day you come, I suppose. When you're here, the place feels lived in. #speaker:wang
    {vol_ok:Maybe ... maybe that Zhao girl could come and give it a go?|But you're all busy. I can't keep troubling people.} #speaker:wang
    -> d19_end

= d19_end
-> withdraw_check ->
-> d20

= d20
Week ten. {vol_ok:Every Thursday Zhao goes downstairs with Ms Wang; she holds the rail and walks on her own, and Zhao carries the shopping.|Once or twice a week Ms Wang makes her own way downstairs, holding the rail, and the aide carries the shopping.} Today she tells you the community activity room has started a knitting group, and Mrs Li from downstairs has joined.
Mrs Li says they're knitting scarves, and all their stitches are wrong. Just making it up as they go. I spent my life at the mill. There's no yarn or needle I haven't seen. #speaker:wang
+ [“Model worker every year at the mill? Your knitting must be first-rate.” #technique:encouragement #phase:intervention #quality:good]
    ~ group = true
    Specific recognition of her skill and past achievements is encouragement with substance, and it gives her confidence. Next, you could ask whether she would like to go and see the group, turning interest into action. #feedback
    That it is. ... Maybe I'll go and take a look next week. #speaker:wang
    -> d20_end
+ [“Auntie, with your knees, sitting knitting for a whole afternoon isn't good for your neck either, and the group meets in the third-floor activity room, so that's two more flights of stairs each way. I'd say don't go too often. Knit at home, and rest when you're tired.” #technique:advice #phase:intervention #quality:weak]
    That is moralising over a small matter, and a wet blanket besides. If sitting too long is a concern, remind her to get up and stretch; it is no reason to keep her away. Taking part in community life is precisely what she needs most. Keep advice for problems that are truly serious. #feedback
    All the enthusiasm drains out of Ms Wang.
    I won't go, then. #speaker:wang
    -> d20_end
+ [“From the sound of it, you're the expert. The group could really do with someone who knows what she's doing. Would you like to go and have a look one day? No need to go regularly, just once, to see if it suits you, and someone will go down with you.” #technique:suggestion #technique:encouragement #phase:intervention #quality:best]
    ~ group = true
    A suggestion that starts from her own interest and skill: a strengths perspective, and “start with what she can do”. It is put as a proposal, with room to try once or not go at all. Reconnecting with old friends and neighbours is the most lasting remedy for loneliness. #feedback
    Me, go and teach them? ... Well, I'll go and have a look, then. #speaker:wang
    -> d20_end
+ [“Auntie, with hands like yours it'd be a shame not to show them how! I've already signed you up for the knitting group: Tuesday and Thursday afternoons. Just make sure you turn up on time.” #technique:encouragement #technique:suggestion #phase:intervention #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    Praise first, then signing her up and fixing the times: the praise becomes a lever, and the suggestion turns into an arrangement. Even if it would do her good, whether to go and how often is her decision. What she cares about most is still being in charge of her own life, and this hits exactly that nerve. #feedback
    Signed me up? Couldn't you ask me first? I'm not going. #speaker:wang
    -> d20_end

= d20_end
-> withdraw_check ->
-> evaluation

// When trust hits bottom, she asks to leave the service; the worker gets one chance to repair it
=== withdraw_check ===
{trust > 0:
    ->->
}
The next day, Liu phones you.
Ms Wang asked me to pass on a message: don't come any more, and she doesn't want the aide either. She says all the time you've been coming she's felt uneasy, and she's better off on her own. #speaker:liu
You think it over for a long time, then decide to visit once more. Ms Wang opens the door but does not let you in; she just stands in the doorway.
I expect Liu told you what I said. #speaker:wang
+ [“Auntie, if you drop out of the service now and something happens, no one will be able to help you.” #technique:advice #phase:intervention #quality:harmful]
    She has clearly said she wants to stop, and you respond by threatening consequences: advice turned into coercion, denying her right to decide. What the moment needs is to own the problem honestly, respect her decision, and leave her a door she can come back through. #feedback
    That's my business. #speaker:wang
    The door closes.
    -> dropped_out
+ [“Then I'll get Qiang to have a word with you. You'll listen to him, surely.” #technique:suggestion #phase:intervention #quality:weak]
    Calling in her son to persuade her means going around her to someone who can “make her”, which is exactly what she resents most. Saying no to the service is her right; repair can only come from facing her, directly and honestly. #feedback
    Don't you dare! #speaker:wang
    The door closes.
    -> dropped_out
+ [“All right, I respect your decision. The service stops from today, and I'll tell the aide myself, so you needn't. Here's the station's number; there's someone there all day. Any time you'd like someone to talk to, or your knees are bad and you need a hand, just ring. We'll be here.” #technique:information #phase:intervention #quality:good]
    Respecting her decision to leave and giving her a way back is the right professional response to a refusal; a strained relationship and a client's own wish to stop are valid reasons for closing. The pity is that you never faced why the relationship broke down. A sincere apology might have earned you another chance. #feedback
    Ms Wang takes the slip of paper and nods.
    It's not easy for you either. Off you go. #speaker:wang
    -> dropped_out
+ [“Auntie, I haven't come to talk you round. More than once I didn't think about how you felt, and left you feeling bossed about and looked down on. That was wrong of me, and I'm sorry. Whether the service goes on is up to you. If you'd like, I'll drop by next week, just for a chat.” #technique:empathy #phase:intervention #quality:best]
    ~ trust = 1
    When the relationship is damaged, genuineness matters most: name her feelings, own your mistake without excuses, hand the decision back to her completely, and leave the door open. Acceptance, unconditional positive regard and genuineness are the foundations of a working relationship. #feedback
    Ms Wang is silent for a long moment.
    ... Come in, it's cold out there. But don't let it happen again. #speaker:wang
    ->->

=== dropped_out ===
Ms Wang has withdrawn from the service. In the closing record you write the reason: the working relationship broke down, and the client asked to end the service. #phase:closing #close-reason:relationship
A few weeks later, Liu posts in the grid workers' group chat that Ms Wang has stopped coming downstairs again, and her television is loud late into the night.
This time the door was closed from the inside. Look back: at which steps did her trust drain away? #ending:dropped-out
-> END

// ───────────────────────── Evaluation ─────────────────────────
=== evaluation ===
{safety:
    -> d21
- else:
    -> fallen
}

= d21
Week twelve: the three months you agreed are nearly up. Before any talk of closing, you need to find out how far the goals you set together have actually been met. #phase:evaluation
+ [“Auntie, let's get out the goals we set at the start: getting downstairs twice a week, washing without being frightened, someone to talk to in the evenings, and not worrying Qiang. Go through them one by one and tell me how far you think you've got with each, and where you got stuck.” #technique:clarification #phase:evaluation #quality:good]
    Asking her to evaluate herself against the goals puts her at the centre of the evaluation, which is good. But her self-assessment is a single source; combine it with the service logs and the observations of the grid worker and neighbours, and the conclusions will be much firmer. #feedback
    -> d22
+ [(Combine several methods: ask Ms Wang to rate her loneliness now and compare it with the “eight” of three months ago; go through the aide's and the volunteer's service logs; ask Liu and Mrs Li what changes they have seen; and check each of the goals you set, one by one) #phase:evaluation #quality:best]
    Evaluation draws on several people and several methods: her own rating (compared with the baseline, an outcome measure), the service logs (process evaluation), the grid worker's and neighbour's observations, and a check against each goal. Cross-checked, the conclusions can be trusted. This is exactly why the goals were made specific and measurable in the first place. #feedback
    -> d22
+ [“Auntie, you seem to be doing well now, so let's close the case next week.” #technique:information #phase:closing #quality:harmful]
    Announcing closure without any evaluation, and with only a week's notice: an ordering mistake that skips evaluation, and a rushed ending. “Seems to be doing well” is no basis. First evaluate how far the goals have been met and what remains, then give notice in good time and prepare for the ending together. #feedback
    -> premature_close.no_eval
+ [“Auntie, are you satisfied with our service?” #technique:clarification #phase:evaluation #quality:weak]
    A closed satisfaction question will mostly get you a polite “yes”. Evaluation looks at what has actually changed for her and how far the goals have been met; beyond her own impression, you need service logs and other people's observations to check against. #feedback
    Satisfied, yes, very. You're all good people. #speaker:wang
    You realise that “satisfied” tells you almost nothing, so you go back to the service logs, ask Liu for her observations, and ask Ms Wang to rate her loneliness again.
    -> d22

= d22
Put together, the findings show: Ms Wang gets downstairs two or three times a week{vol_ok:, and goes to the market with Zhao on Thursdays}; the bathroom has grab rails, and the aide helps her bathe; {checked:she takes her blood-pressure pills regularly, and her blood pressure has settled;|the health check never happened, and the dizzy spells still come and go;}{group: she has been to the knitting group several times and is back in touch with Mrs Li and the others.| she never did go to the knitting group, but Mrs Li often comes up for a chat.} Liu says people in the building say Ms Wang “laughs and chats again”. {son_ok:Qiang, too, says on the phone that his mother sounds much brighter than she used to.}
If you ask me, these three months have been better than the last two years. Lonely ... I'd say three now. Only in the evenings sometimes it's still ... #speaker:wang
+ [(Before she has finished, jot the score down on your form) “Three. Right, got that.” #technique:listening #phase:evaluation #quality:weak]
    She had more to say (“only in the evenings sometimes ...”), and in your hurry to record the number you cut her off. Evaluation is not just collecting a score; listen to how she feels about the changes and to the difficulties that remain. #feedback
    Ms Wang swallows the rest of her sentence.
    Mm. Write it down. #speaker:wang
    -> closing
+ [“It's all thanks to how well we organised things: the aide, the volunteer, the hospital, the rails and the alarm. I arranged every one of them myself, one phone call and one visit at a time. You see, once the services were in place, your loneliness went from eight down to three. That's what professional support does.” #technique:summarising #phase:evaluation #quality:weak]
    You put your own conclusions into the summary and credited the change to the service, and to yourself. Evaluation should reflect her change faithfully and highlight her own effort and abilities; that is what gives her the confidence to keep going once the case closes. #feedback
    Yes, yes. I'm very grateful to you all. #speaker:wang
    -> closing
+ [“Let's look at it together. Three months ago you hardly went downstairs; now it's two or three times a week. The bathroom has rails, and you're not on edge when you wash. Your loneliness has gone from eight to three. Of all that, how much was your own doing?” #technique:summarising #technique:encouragement #phase:evaluation #quality:best]
    Your summary sets out the changes one by one against the goals and the baseline: outcome evaluation. The final question hands the credit back to her, so she sees the change as her own achievement. That lays the ground for her keeping it up after the case closes. #feedback
    My own doing? ... Well, I pick my own vegetables. And I walk those stairs myself, holding the rail. #speaker:wang
    She laughs.
    Well, what do you know. The evenings, they're still quiet sometimes, but there's Ginger, and more phone calls these days. #speaker:wang
    -> closing
+ [“From eight down to three: that's no small thing. You said it's been better than the last two years. Better in what ways, exactly?” #technique:encouragement #technique:clarification #phase:evaluation #quality:good]
    Recognising the change in her score and then asking her to make a vague “better” concrete is good clarification, and it puts her own words into the evaluation. Finish with a summary that sets the changes against the goals and recognises her own effort, and it would be complete. #feedback
    I can get downstairs. I can talk to my old friends. I'm not scared in the bath. The evenings ... the evenings are still quiet sometimes, but there's Ginger, and more phone calls these days. #speaker:wang
    -> closing

// The grab rails never went in: she falls again, and now has needs beyond the agency's scope
= fallen
Week eleven, a few days before the evaluation you had planned, Liu rings early in the morning: Ms Wang got up in the night to use the toilet, slipped in the bathroom and broke her hip. She has already had surgery at the district hospital. Qiang flew back from Shenzhen overnight. #phase:evaluation
You hurry to the ward. Ms Wang lies in bed, her face sallow. When she sees you, she turns her head away.
Causing everyone trouble again ... Qiang's had to take leave. He'll lose his job over this. #speaker:wang
Mum, never mind my job. It's my annual leave. #speaker:son
+ [“If you'd told me about your fall earlier and got the rails put in, this wouldn't have happened. From now on you've got to listen, and no more hiding things.” #technique:confrontation #technique:advice #phase:evaluation #quality:harmful]
    ~ trust = MAX(trust - 1, 0)
    Assigning blame when she is at her most vulnerable is not confrontation; it is accusation, and “from now on you've got to listen” adds a lecture on top. Besides, spotting the hazards in her bathroom was part of the worker's job too. What she needs now is empathy and support; save the reflection for supervision. #feedback
    Tears run down Ms Wang's face.
    Yes, it's all my fault ... #speaker:wang
    You realise what you have said, and sit with her in silence for a long time.
    -> fallen_eval
+ [“Auntie, now you're in hospital you've got the doctors and Qiang to look after you, so we'll close the case on our side.” #technique:information #phase:closing #quality:harmful]
    Closing in a hurry the moment something goes wrong, with no evaluation, no notice and no handover, leaves her feeling dropped just when she needs help most. When new needs appear, re-evaluate first, then decide whether to continue or refer, and make sure the transition is smooth. #feedback
    -> premature_close.hospital
+ [(Standing at the foot of the bed, answering messages in your work group chat) “Auntie, just rest and get better. Call me if you need anything.” #technique:attending #phase:evaluation #quality:weak]
    Standing at the foot of the bed with your eyes on your phone, your body language says: I'm busy, you're not important. Attending means facing the person, coming close, making eye contact; at a hospital bedside, the simplest thing is to sit down and look at her. #feedback
    Mm. You get off, then. #speaker:wang
    -> fallen_eval
+ [“Auntie, you must have had such a fright, and you're in pain, and you're worried about being a burden on Qiang. Let's not think about what comes next just yet. Once you're feeling a bit better, I'd like to sit down with you, Qiang and Dr Li, and look properly at what these three months achieved and what new difficulties there are now. Would that be all right?” #technique:empathy #technique:suggestion #phase:evaluation #quality:best]
    You first met her pain, fear and guilt with empathy, then proposed an evaluation involving her, her family and the doctor. When a situation changes suddenly, that is exactly when to stop and re-evaluate: which of the original goals were met, what the new needs are, and whether they still fall within what the agency can provide. #feedback
    Ms Wang turns her head back and gives a small nod.
    -> fallen_eval

= fallen_eval
A week later, you sit down with Ms Wang, Qiang and Dr Li for an evaluation. Over the three months of service her loneliness fell from eight to four and she was getting downstairs again{group:, back in touch with her old friends}; but after this fracture she will need daily wound care and rehabilitation exercises for at least two or three months, and for now she can hardly look after herself at all.
Once she's discharged she'll need proper nursing and rehab guidance. If it's left to family and volunteers, things could go wrong. #speaker:doctor
You know full well: the station provides practical help from home-care aides and companionship from volunteers, not medical nursing or rehabilitation. #phase:closing
+ [(Write the number of the home nursing service down for Qiang) “Give them a ring. After that, it's their department.” #technique:information #phase:closing #quality:weak #referral #close-reason:new-needs]
    The grounds for referral are sound, but the way you did it is cold: a phone number, no explanation, no asking what she wants, no help with the handover. She will feel she has been passed on. Referral means explaining why, respecting her wishes and managing the handover, so she knows the help has not stopped. #feedback
    Ms Wang looks at you.
    So ... you won't be coming any more? #speaker:wang
    -> referral_feelings
+ [“Auntie, Qiang: for the next while, what Auntie needs is professional nursing and rehabilitation, and that goes beyond what our station can provide. I'd like to help you contact the community health centre about their home nursing service, and we can apply together for a long-term care assessment. Auntie, would that be all right with you? I'll be here until the handover, and I'll come with you to meet the nurse.” #technique:information #phase:closing #quality:best #referral #close-reason:new-needs]
    Referral is justified in only two situations, and this is one of them: new needs, professional nursing and rehabilitation, lie outside the agency's scope. You explained the reason honestly, asked for her consent, and will see the handover through yourself. That is a responsible referral, not pushing someone out of the door. #feedback
    Ms Wang looks at her son, then at you.
    ... And will you still come and see me? #speaker:wang
    -> referral_feelings
+ [“Don't worry, Auntie. I'll have Zhao and the other volunteers come every day to change your dressings and do your exercises with you, and we'll carry on as before.” #technique:information #phase:intervention #quality:harmful #critical:safety]
    You don't want to let go and want to keep the service going, but wound care and rehabilitation are professional medical nursing. Handing them to volunteers goes beyond their competence and beyond the agency's scope, and puts her at risk. When new needs fall outside the service's scope, refer. #feedback
    -> referral_supervision
+ [“Qiang, your mother can't be left alone now. You need to give up your job and come home to look after her. That's a son's duty.” #technique:advice #phase:intervention #quality:weak]
    You have made a major decision for this family, with a moral judgement attached. Advice is not for passing verdicts on a family's choices; and being a burden on her son is the very thing she fears most, so this cuts her to the quick. How the family arranges things is for them to work out, with your help; the professional nursing needs a referral. #feedback
    You will not! Qiang, don't you listen. #speaker:wang
    -> referral_supervision

= referral_supervision
Back at the station, you tell Ms Chen what happened on the ward.
I understand you want to go on helping her. But think: what does she need most right now? Can our station provide it? And if we can't, what's the responsible thing to do? #speaker:supervisor
+ [(Make the referral, and tell Ms Wang: “Those are the rules. There's nothing I can do.”) #phase:closing #quality:weak #referral #close-reason:new-needs]
    The referral itself is appropriate, but “those are the rules” pins the reason on the system, and all she hears is “they don't want me”. Give the real reason: the nursing she needs now is something others do better than we can; and see her through the handover. #feedback
    Ms Wang turns her face to the wall, and it is a long while before she speaks.
    And will you still come and see me? #speaker:wang
    -> referral_feelings
+ [(Ask Liu to contact the community health centre and pass on Ms Wang's condition, her medication and her home situation; go along yourself on the day of the handover and tell the nurse in person about her temperament and habits, so that nothing gets lost along the way) #phase:closing #quality:good #referral #close-reason:new-needs]
    The referral is the right move, and going through the grid worker saves time. The flaw is that you should have explained the reason to Ms Wang yourself and asked for her consent first, rather than letting her hear it from someone else. #feedback
    Liu takes the news to the ward, and that evening Ms Wang phones you.
    I hear someone else is taking me over. Will you still come and see me? #speaker:wang
    -> referral_feelings
+ [(Go back to the ward and explain to Ms Wang and Qiang that professional nursing and rehabilitation are beyond the station's services; with their agreement, refer her to the community health centre's home nursing service and go with her through the handover) #phase:closing #quality:best #referral #close-reason:new-needs]
    You took your supervisor's prompt and came back to the right course: when new needs fall outside the agency's scope, refer, explaining why, getting consent and seeing the handover through. Your own reluctance to let go is exactly what supervision is there to help you see and work through. #feedback
    Ms Wang hears you out, and it is a long time before she speaks.
    And will you still come and see me? #speaker:wang
    -> referral_feelings

= referral_feelings
The handover is set for ten days' time. When you next visit the ward, Ms Wang is propped up in bed, staring out of the window.
I knew it ... a burden in the end, and nobody wants the bother. Now you're washing your hands of me too. #speaker:wang #reaction:depression
+ [“It sounds as though, with someone new taking over, it feels like we're pushing you away, and you feel hurt and unsure of what's coming. Auntie, referring you isn't washing our hands of you. It's because the nurses are better at the care you need right now than we are. These three months you got yourself down those stairs, holding the rail{group:, went to the knitting group and taught them your stitches}, got back in touch with the neighbours. You still have all that in you. I'll be with you on the day of the handover, and I'll come and see you afterwards.” #technique:empathy #technique:summarising #phase:closing #quality:best]
    Empathy first catches her feeling of being pushed away; then you give the real reason for the referral and review the progress of these three months, recognising what she can do. Parting feelings need to be seen and worked through, not blocked with “those are the rules”. #feedback
    Ms Wang nods.
    ... You'd better come, mind. #speaker:wang
    -> referral_follow
+ [“I know this is hard for you, Auntie. But don't think like that. You're not a burden at all. You're such a fighter, everyone's so fond of you.” #technique:empathy #technique:encouragement #phase:closing #quality:weak]
    A quick “I know this is hard” and then a rush to deny her feeling (“don't think like that”) means you haven't heard her, and “everyone's so fond of you” is praise with nothing in it. Empathy first acknowledges that her sense of loss and hurt is real; only then explain the reason for the referral and look back at her progress. #feedback
    Mm. #speaker:wang
    -> referral_follow
+ [“You've been gritting your teeth through your rehab exercises every day. The nurses all say you've got real grit.” #technique:encouragement #phase:closing #quality:good]
    Specific encouragement lets her see she is still trying and still strong, which is good. If you also responded to her feeling of being pushed away and explained the reason for the referral, she would feel more secure. #feedback
    That I have. I'm not lying in bed the rest of my life. #speaker:wang
    -> referral_follow
+ [“Under the long-term care insurance regulations, following a disability grade assessment, eligible persons may receive home-based nursing care benefits ...” #technique:information #phase:closing #quality:weak]
    Reading out policy wording while she is low: information at the wrong moment, and far too much jargon. Give information in words she understands, when she is able to take it in; right now, deal with the feelings of parting first. #feedback
    Ms Wang closes her eyes.
    I don't understand a word you're saying. #speaker:wang
    -> referral_follow

= referral_follow
On the day of the handover, you go round with the nurse from the community health centre and walk her through everything: Ms Wang's condition, her daily habits, the things she cannot bear. #phase:follow-up
+ [(Agree with Ms Wang, Qiang and the nurse: you will phone a week after the handover, then visit once a month for three months; {group:her friends from the knitting group|Mrs Li and the old neighbours} will take turns to drop in too) #phase:follow-up #quality:best]
    Referral is not hand-over-and-forget. Check-ins after closing as agreed (a week, a month, three months), together with mobilising the people around her, confirm that the new service has connected and catch any new problems early. #feedback
    -> referred_end
+ [(After the handover, file the case and make no further contact: the nurses are in charge now) #phase:closing #quality:harmful]
    No follow-up at all after a referral skips the last step of closing. Whether the handover worked, how she is coping emotionally, whether new needs have arisen: the worker needs to check in to find out. #feedback
    -> referred_end
+ [(Ask Liu to look in on her every week on her grid rounds, and visit her yourself in a month) #phase:follow-up #quality:good]
    The grid worker's routine rounds plus your own visit in a month mean follow-up is in place. A phone call a week after the handover would make it surer still. #feedback
    -> referred_end
+ [“Auntie, if anything comes up, get Qiang to give me a ring.” #technique:information #phase:closing #quality:weak]
    That puts all the responsibility for keeping in touch on them: a passive “call if you need me”, not follow-up. Follow-up means the worker arranges the times and the means and checks in as agreed. #feedback
    -> referred_end

= referred_end
Three months later, Ms Wang can walk slowly round the flat with a walking frame. On the windowsill, the clivias are in flower again.
Her new needs went beyond what the social work station could offer, and you placed her in better-suited hands. But look back: could that fall have been prevented? #ending:referred
-> END

// ───────────────────────── Closing ─────────────────────────
=== closing ===
= d23
The evaluation speaks for itself: the goals you set together have largely been met. It is time to think about closing the case. #phase:closing
+ [“Auntie, there are three weeks left of the three months we agreed. After that the service comes to an end, and neither the aide nor I will be coming round as often as we do now. I wanted to tell you in good time. How do you feel about it? If anything worries you, we can talk it through slowly; there's no hurry at all. We've still got three weeks.” #technique:information #technique:listening #phase:closing #quality:good #close-reason:goals-met]
    You gave notice of the end date and asked how she feels about it: good. Being more specific would be better still: explain why the case is closing (the goals have been met), and agree with her how to reduce the visits step by step. #feedback
    -> d24
+ [“Auntie, we set ourselves three months, and you've met nearly all your goals. Here's what I'd like to suggest: from now on I'll come every two weeks instead of every week, and in a month's time we'll have our last proper session, look back over everything together, and bring the service to a close. How does that sound?” #technique:information #technique:suggestion #phase:closing #quality:best #close-reason:goals-met #close-form:intervals]
    You gave notice well ahead, explained the reason (the goals have been met), and proposed lengthening the gaps between visits to reduce contact gradually, giving her time to prepare. And the pace of the ending was agreed with her. #feedback
    -> d24
+ [“Auntie, today's my last visit. The service ends here. If you need anything, ask Liu.” #technique:information #phase:closing #quality:harmful #close-form:direct]
    Not a word of warning, told today and ended today: an abrupt closing. Closing means giving notice (a week or two, or two or three sessions, beforehand), looking back together, working through the feelings of parting, and arranging support and check-ins for afterwards. #feedback
    -> premature_close.abrupt
+ [“Auntie, that's the service finished, then. I'll give you a ring once a month to see how you are.” #technique:information #phase:follow-up #quality:weak]
    Check-ins are needed, but you have skipped the work of closing itself: notice, a shared review, the feelings of parting, consolidating her gains. Follow-up is the last step of closing; it cannot stand in for it. #feedback
    -> premature_close.phone_only

= d24
{trust >= 2:
    -> d24_dependence
- else:
    -> d24_complaint
}

= d24_dependence
The second time you raise the ending, Ms Wang is peeling you a mandarin. Her hands stop.
So after that ... you won't come any more? And Zhao, she'll stop too? If you all stop coming, I'll be right back where I was. Why not keep coming every week? I'll make you dumplings. Pork and chive. #speaker:wang #reaction:dependence
+ [“Let me tell you how I feel. When I was new to this job, I cried all night after closing my first case ...” (you talk for quite a while about your own experience of endings) #technique:self-disclosure #phase:closing #quality:weak]
    The self-disclosure runs long, and it is about your feelings of parting, so now she is comforting you. At closing it is her feelings about the ending that need working through; take your own to supervision. #feedback
    Ms Wang pats your hand instead.
    You're a soft-hearted one, you are. #speaker:wang
    -> d25
+ [“Auntie, it's the agency's rule: after three months the case has to close. There's nothing I can do. Next week is the last visit.” #technique:information #phase:closing #quality:harmful #close-form:direct]
    Hiding behind “the rules” to block her feelings, and bringing the end forward to next week, cuts the relationship off bluntly. When a client becomes dependent, accept her reluctance, reduce contact gradually and help her build other support, instead of ending it at a stroke. #feedback
    -> premature_close.cutoff
+ [“You don't want it to end, I can hear that. We've got on well these three months, and the thought of it stopping leaves a hole. But it won't stop all at once. First I'll come every two weeks, and after the case closes I'll still visit once a month. {vol_ok:Zhao will still come on Thursdays, and }Mrs Li and Liu{group: and your friends from the knitting group} are all close by. And everything you've built up yourself these three months stays with you.” #technique:empathy #technique:suggestion #phase:closing #quality:best #close-form:intervals]
    Dependence is a common negative reaction at closing. You met her reluctance with empathy, reduced contact gradually by lengthening the intervals, brought her support network (volunteer, neighbours, old friends) to the fore, and recognised her own abilities. You neither forced the ending nor let it drag on for ever. #feedback
    Ms Wang presses the peeled mandarin into your hand.
    Every two weeks, then. That's a promise. #speaker:wang
    -> d25
+ [“Auntie, to be honest, I'll miss you too. Don't worry, I'll keep coming to see you, case or no case.” #technique:empathy #technique:self-disclosure #phase:closing #quality:harmful #critical:boundaries]
    Said out of fondness, but you have mixed your own feelings into the response and made a promise you cannot and should not keep. Visiting indefinitely will only deepen her dependence and make the closing meaningless. Workers, too, need to notice their own reluctance to let go; this is exactly when to seek supervision. #feedback
    Ms Wang brightens at once and goes off to mix dumpling dough on the spot.
    -> d24_supervision

= d24_complaint
When you raise the ending again, Ms Wang is sorting vegetables and does not look up.
Close it, then. I knew all along you lot were just going through the motions. Job done, off you go. #speaker:wang #reaction:complaint
+ [“Auntie, that's not fair. We've worked hard for you these three months: the aide three times a week, me every week, the rails and the alarm I chased up office by office, and every visit written up in the log. Have a look if you like. How can you call that going through the motions?” #technique:listening #phase:closing #quality:weak]
    You heard the accusation and rushed to defend yourself, but missed the feeling behind it: critical listening. When a client complains, take in the feeling first, then talk about the facts. #feedback
    All right, all right, I spoke out of turn. #speaker:wang
    -> d25
+ [“Let's look at these three months together: you can get downstairs by yourself, you're not afraid in the bath, and your loneliness has gone from eight to three. Those are real changes, and you earned every one of them yourself.” #technique:summarising #technique:encouragement #phase:closing #quality:good]
    A summary of concrete changes, credited to her own effort, helps her see that the service was not going through the motions and that the change is real. Responding first to the feeling in her words would make it work even better. #feedback
    Well, that's true ... it wasn't all for show. #speaker:wang
    -> d25
+ [“When you say that, it sounds as though you're a bit angry, and a bit worried too: that once we go, you'll be on your own again. It won't stop all at once. I'll come every two weeks first, then once a month after we close. {vol_ok:Zhao, }Mrs Li and Liu are still around{group:, and so is the knitting group}.” #technique:empathy #technique:suggestion #phase:closing #quality:best #close-form:intervals]
    Complaint is a common negative reaction at closing, and beneath it there is usually reluctance and unease. You didn't defend yourself; with advanced empathy you named the worry she left unsaid, then reduced contact by lengthening the intervals and put her support network in front of her. #feedback
    Ms Wang's hands pause over the vegetables.
    ... Every two weeks? All right, then. #speaker:wang
    -> d25
+ [“Fine. If that's how you feel, let's make today the last visit.” #technique:information #phase:closing #quality:harmful #close-form:direct]
    Her complaint stirred up your own feelings, and you cut the relationship off on the spot. Negative reactions at closing need understanding and working through; ending early is no answer to them. #feedback
    -> premature_close.cutoff

= d24_supervision
Back at the station, you tell Ms Chen what happened.
You promised to keep going: because she needs it, or because you can't let go? Who'll keep her company after the case closes? Has her own support network been built up? #speaker:supervisor
+ [(Agree with your supervisor out loud, while privately planning to keep visiting every week in a personal capacity after closing) #phase:closing #quality:harmful #critical:boundaries]
    Carrying on as a private individual blurs the boundaries of the professional relationship and makes the closing a closing in name only. Her dependence will not lessen, only be postponed. Feelings you cannot let go of belong in supervision, not in a way round it. #feedback
    Ms Chen looks at you as if she can read your mind.
    Professional boundaries aren't coldness. They protect her, and they protect you. When you go next week, I'll come with you. #speaker:supervisor
    -> d25
+ [“But I'm the only person she really talks to. Her son's in Shenzhen, her husband's gone, and the neighbours just say hello. If I stop going, she's back to spending all day alone in front of the television, and then what were these three months of work actually for?” #phase:closing #quality:weak]
    Thinking “only I can help her” shows that her support network still needs strengthening, and that you should watch your own need to rescue. The answer is not to keep going for ever, but to build other support before closing and lengthen the intervals step by step. #feedback
    Which is exactly why your job before closing is to give her more people to talk to, not to leave her relying on you alone. Next time you go, agree with her how to let go gradually. #speaker:supervisor
    -> d25
+ [(Admit you find it hard to let go too; on your next visit, explain honestly to Ms Wang and switch to lengthening intervals: every two weeks, then monthly check-ins after closing, while bringing the volunteer, Mrs Li and her old friends further into her life) #phase:closing #quality:best #close-form:intervals]
    Seeing your own reluctance is part of the work; sorting it out in supervision and returning to professional practice (honest explanation, gradually reduced contact, alternative support) means the closing doesn't abandon her but helps her stand on her own feet. #feedback
    -> d25

= d25
The gaps between visits have stretched from one week to two. A week ahead, you agree the time of the last formal session with Ms Wang.
+ [“Auntie, you're just amazing. You've done brilliantly at everything!” #technique:encouragement #phase:closing #quality:weak]
    Vague praise has no content; she has no idea what she was “amazing” at, so she will struggle to keep it up once the case closes. Encouragement should be specific, and best of all, she names the changes herself. #feedback
    Ms Wang laughs and waves it away.
    Get away with you. #speaker:wang
    -> d26
+ [“Auntie, today is our last formal session. Looking back over these three months, what do you think has changed most in you? What are you proudest of?” #technique:listening #technique:encouragement #phase:closing #quality:best]
    Inviting her to review the whole journey and name her own changes is the key to consolidating gains at closing: change she puts into words is truly hers. Your question is open and affirming, and gives the relationship a dignified ending with a sense of occasion. #feedback
    {group:Proudest? Teaching that lot at the knitting group the wheat-ear stitch! ... And getting downstairs on my own.|Proudest? Getting downstairs on my own, and picking my own vegetables.} If Lao Zhou could see me, he'd say I'm a marvel. #speaker:wang
    -> d26
+ [(Take out the closing report you have written and read it to her, paragraph by paragraph) “Following three months of intervention, the client's social support network has been rebuilt and her capacity for self-care has improved ...” #technique:summarising #technique:information #phase:closing #quality:weak]
    The closing review is done with her, not read out to her. Report language she cannot follow, and your conclusions, make her a bystander. Invite her to take part in the review, and let her describe her changes in her own words. #feedback
    Ms Wang listens, baffled.
    Support what? ... Well, as long as you've written it nicely. #speaker:wang
    -> d26
+ [(Give her a card, written in large print: the things she achieved in three months, and whom to contact if she needs help: Liu, the station, the community clinic, plus how to use her alarm) #technique:information #phase:closing #quality:good]
    Leaving her a large-print card with her progress and the people she can turn to consolidates the gains and tells her where to go once the case closes: a practical ending. Ask her first to describe her own changes, and the review will be more complete. #feedback
    Ms Wang tucks the card beside Lao Zhou's photo on the coffee table.
    That's a good idea. I'll keep that. #speaker:wang
    -> d26

= d26
The formal sessions are over. One thing remains: what happens after the case closes. #phase:follow-up
+ [“Auntie, closing the case doesn't mean I stop coming. From now on I'll come and see you once a month, to check how you're keeping and whether the rails are working for you, and if anything new comes up, we'll talk it through.” #technique:information #phase:follow-up #quality:good]
    Monthly check-ins are in place, which is good. A little more detail would make it surer: a phone call a week after closing, an agreed length for the check-ins, and asking her what times suit her. #feedback
    That'd be lovely. #speaker:wang
    -> well_closed
+ [“Once the case closes, the file's closed too. The community will take it from there, so don't you worry.” #technique:information #phase:closing #quality:harmful]
    Closing a case is not cutting all ties. Skip follow-up and there is no way to know whether her gains hold or new difficulties arise. After closing, agree check-ins and mobilise her support network. #feedback
    -> d26_supervision
+ [“Auntie, a week after we close I'll give you a ring, and then I'll visit once a month for the first three months. Liu will pop up on her grid rounds too. Which day and time would suit you?” #technique:information #phase:follow-up #quality:best]
    Check-ins after closing are the last part of the service: agreed contacts at a week, a month and three months, with the grid worker's routine rounds built in, and the timing left to her. That consolidates the gains and catches new problems early. #feedback
    Tuesday morning. Same as the first time you came. #speaker:wang
    -> well_closed
+ [“If you ever need anything, just give me a ring.” #technique:information #phase:closing #quality:weak]
    That is only a passive “call if you need me”. Someone like Ms Wang, who hates to trouble anyone, will most likely never ring. Follow-up means the worker sets the times and the means and checks in as agreed. #feedback
    All right. I'll ring if I need to. #speaker:wang
    -> well_closed

= d26_supervision
Reviewing your closing record, Ms Chen calls you in.
Why is there no follow-up plan in this closing record? With someone in her situation, who's going to check she stays steady after the case closes? #speaker:supervisor
+ [(Add one line to the record: “Client may contact the station at any time if needed.”) #phase:closing #quality:weak]
    “May contact us at any time if needed” puts the initiative back on her. Follow-up means the worker arranges times and means and checks in as agreed; only then can you be sure she is holding steady. #feedback
    -> well_closed
+ [(Add a follow-up plan: a phone call a week after closing, then a home visit each month for three months; ask Liu to keep an eye out on her grid rounds; and phone Ms Wang to let her know and ask her to choose the times) #phase:follow-up #quality:best]
    The plan now has clear points (a week, a month, three months), builds the grid worker's rounds into her support network, and lets her choose the times. Follow-up is the last step of closing, and it cannot be skipped. #feedback
    -> well_closed
+ [(Ask Liu to look in on her every week on her grid rounds and let you know at once if anything's wrong; visit her yourself once more in three months to see how she's getting on with the rails and the alarm, and decide then whether to keep following up) #phase:follow-up #quality:good]
    With the grid worker looking in regularly, follow-up now has a basis, but your own gap is too long: the first week and the first month after closing are when setbacks are most likely, so schedule check-ins then as well. #feedback
    -> well_closed

=== well_closed ===
A month after closing, you call in on Ms Wang again. You have only reached the fourth floor when you hear a radio playing on the fifth. Her door is open: Ms Wang is showing Mrs Li how to cast on, and Ginger is snoring on the radiator. On the windowsill, the clivias have sent up new flower stalks.
Oh, it's you! Sit down. There's water in the flask, help yourself. #speaker:wang
The goals were met, the ending was announced in good time, the three months were reviewed together, and after closing someone is still looking out for her: a complete and well-handled closing. #ending:well-closed
-> END

// ───────────────────────── Premature closing ─────────────────────────
=== premature_close ===
= no_eval
Ms Wang is taken aback. #phase:closing
Next week? ... Well, all right. #speaker:wang
The following week you bring the closing form; she signs it without another word.
Two months later Liu tells you Ms Wang has stopped going downstairs again{group:, and hasn't been to the knitting group in ages}. As for which changes had really taken hold and which had not, nobody can say: nobody ever properly evaluated them. #ending:premature-close
-> END

= hospital
Ms Wang says nothing; she just turns her face to the wall. Qiang sees you to the ward door, as if about to say something, then doesn't. #phase:closing
On the day she is discharged, nobody tells them whom to turn to next. Qiang spends days searching online about nursing care, and in the end has to take another two weeks' leave. Just when she most needed a smooth handover, the service stopped first. #ending:premature-close
-> END

= abrupt
Ms Wang's teacup stops halfway to her lips. #phase:closing
... Oh. Right. Well, you're busy. #speaker:wang
When you leave that day, she doesn't see you to the door as she always has. Later Liu tells you Ms Wang has said more than once: “Just like that, no more visits.” Three months of trust, marked down on the very last day. #ending:premature-close
-> END

= phone_only
Ms Wang says “Mm” and asks nothing more. #phase:closing
You ring once a month, and every time she says “fine”. But without a review together, she has no idea what she achieved in those three months; without a proper goodbye, she can't shake the feeling she has been “put down”. The closing simply fizzled out. #ending:premature-close
-> END

= cutoff
Ms Wang stares at you for a long moment. #phase:closing
Then off you go. #speaker:wang
Later Liu tells you that for a while afterwards Ms Wang stopped coming downstairs again{group:, and didn't even go to the knitting group}. A closing should have brought the relationship to a proper end; instead it became one more time she was left behind. #ending:premature-close
-> END

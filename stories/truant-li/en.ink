# title: Xiao Li skips school
# summary: Fifteen-year-old Xiao Li skips school every other day and has been in fights, so the residents' committee refers him to the social work centre. He is guarded and answers in grunts: “Mm.” “Whatever.” From intake to follow-up after closing, you will have to reach into his family and his school, find out what lies behind the truancy, and make a plan with him, not for him.
# minutes: 35
# lang: en
# difficulty: 2
# skills: empathy, encouragement, clarification, focusing, advice, confrontation
# cast: li=Xiao Li; worker=Social worker (you); zhou=Ms Zhou, residents' committee; father=Li's father; mother=Li's mother; teacher=Ms Chen, class teacher; coach=Ah Jie, basketball volunteer; supervisor=Supervisor; colleague=Lin, colleague

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
Monday morning. Ms Zhou from the residents' committee comes into the social work centre with a brown paper folder. #phase:intake
“Xiao Li, fifteen, final year of junior high. This term he's skipped school every other day, and last month he got into a fight outside the school gate with a boy from the next class. The police were involved. His father drives long-haul trucks and is hardly home; his mother works early shifts at a supermarket and can't keep him in line. His class teacher has been on at us for weeks. Can you do anything for him?” #speaker:zhou
You take the folder. Where do you start?
+ [Ask Ms Zhou to walk you through the referral: what has happened lately, whether Xiao Li knows he has been referred, whether anything is urgent right now. Then ask her to help set up a first meeting in the community youth room, where he feels at home. #phase:intake #quality:best]
    Intake starts with why and through whom the person has come to you, a first judgement of how urgent things are, and whether this is your agency's kind of work. Meeting on his own ground, somewhere he feels at ease, also helps the relationship. #feedback
    “He knows. I told him someone at the centre would like to get to know him, and that nobody's going to tell him off. He didn't say he'd come, and he didn't say he wouldn't.” #speaker:zhou
    -> first_meet
+ [Ask Ms Zhou to tell Xiao Li to come to the committee office tomorrow “for a talk”, and that the school will hear about it if he doesn't. #phase:intake #quality:harmful]
    Xiao Li was referred; he did not ask for help, so he needs respect and acceptance all the more. Forcing him in with a threat sets the relationship up as a fight from day one. Better: explain why you want to meet, invite him somewhere he feels comfortable, and let him decide whether to come. #feedback
    ~ trust = MAX(trust - 1, 0)
    -> first_meet
+ [Phone the school first and ask for his attendance, his disciplinary record and the class teacher's comments for the last three months, and find out who he spends his time with. Get the full picture before you arrange to meet him, so you know exactly what you are dealing with. #phase:assessment #quality:weak]
    Gathering information from the school and the family belongs to assessment, and it needs Xiao Li's own consent first. Pulling his file from the school before you have even met him tells him you are on the school's side. Better: hear the referrer out, then build a relationship with Xiao Li himself. #feedback
    ~ trust = MAX(trust - 1, 0)
    You find out later that the very next day Ms Chen called him out in front of the class: “Now the community people are asking about you too.”
    -> first_meet
+ [“Isn't truancy really the school's business? Maybe you could refer him to the school counsellor?” #technique:suggestion #phase:intake #quality:weak]
    A referral is justified in only two cases: the problem lies outside your agency's scope, or the person lives outside its service area. Community youth work is exactly what the centre is for, and Xiao Li lives in the neighbourhood. There is no good reason to pass him on. #feedback
    “The school is the one saying it can't cope. That's why it came to us.” #speaker:zhou
    You think it over and take the case after all.
    -> first_meet

= first_meet
Wednesday afternoon, the community youth room. Xiao Li turns up twenty minutes late, school jacket hanging open, no schoolbag, one earbud in. He sits on the chair furthest from you and scrolls his phone.
{trust == 0: He never looks up. He has clearly come in spoiling for a fight.}
+ [“Skipping school, fighting: carry on like this and you'll throw your whole life away. Have you ever thought how hard your parents work?” #technique:advice #phase:intake #quality:harmful]
    Advice is for pointing out the harm of a serious behaviour, or an action that must be taken, and it only lands where there is trust. A lecture at the first meeting files you under “yet another adult come to sort me out”. At intake the job is building the relationship: listen first. #feedback
    ~ trust = MAX(trust - 1, 0)
    He puts the other earbud in.
    -> same
+ [Sit down across the desk, arms folded, leafing through the file as you ask: “So you're Xiao Li? Go on then, how many days have you skipped this term?” #technique:attending #phase:intake #quality:harmful]
    A desk between you, folded arms, eyes on the file: a closed, interrogating posture, followed by a closed question. It confirms everything he expects of adults. Attending means facing the person with an open posture and friendly eye contact, your mind on him and not on the paperwork. #feedback
    ~ trust = MAX(trust - 1, 0)
    “Dunno. Didn't count.” #speaker:li
    -> same
+ [Put your own phone in your bag, pull a chair round to sit at an angle to him, and lean in a little: “Glad you came. I'm from the social work centre. I'm not here to check up on you. I'd just like to get to know you.” #technique:attending #phase:intake #quality:best]
    Attending: phone away, seated at an angle, leaning in, relaxed voice. Your body tells him he has your full attention. Sitting at an angle also feels less confrontational than sitting face to face. #feedback
    ~ trust = MIN(trust + 1, 3)
    He glances up at you and takes one earbud out.
    “…Mm.” #speaker:li
    -> same
+ [“Relax, I'm not here to tell you off. Honestly, I hated school at your age; there was a stretch when I made up an excuse every morning…” and you spend the next ten minutes on your own schooldays: the skipped lessons, the call home, how you turned it round. #technique:self-disclosure #phase:intake #quality:weak]
    Self-disclosure should be brief and rare, and hand the focus straight back. Ten minutes of your own story makes you the main character. At a first meeting what he needs is to be listened to. #feedback
    He listens the whole time, and yawns halfway through.
    -> same

= same
You explain briefly what the centre does. He cuts you off with a sideways look.
“Here to straighten me out, right? You're all the same.” #speaker:li
+ [“Sounds like a lot of adults have been ‘having a word’ with you lately, and every time it's a telling-off. That gets old.” #technique:empathy #phase:intake #quality:best]
    Empathy: name the feeling in what he said (fed up with being lectured by one adult after another) instead of rushing to defend yourself. Only when he feels understood can he lower his guard a little. #feedback
    ~ trust = MIN(trust + 1, 3)
    “…You have no idea. Class teacher, head of year, the committee, one after the other. My dad just hits me.” #speaker:li
    -> confid
+ [“That attitude won't get you anywhere. If you won't talk, nothing's ever going to change.” #technique:confrontation #phase:intake #quality:harmful]
    Confrontation needs acceptance, respect and trust already in place, and it should be tentative. Criticising his attitude at the first meeting only proves his point that you are all the same. What he needs now is empathy. #feedback
    ~ trust = MAX(trust - 1, 0)
    “Then don't talk.” #speaker:li
    -> confid
+ [“I'm not like them. I'm not here to criticise you, and I won't go running to your parents or your teachers. I really do want to help, so you have to trust me. You can tell me anything.” #technique:empathy #phase:intake #quality:weak]
    Rushing to prove you are different puts the focus on you and leaves his feeling unanswered. Trust is not something you can claim. Better to respond to what he feels first: “Being talked at by one adult after another must get tiring.” #feedback
    “Mm. They all say that too.” #speaker:li
    -> confid
+ [“Fine, let's not beat about the bush. Tell me why you skip school.” #technique:focusing #phase:intake #quality:weak]
    Focusing comes after the person has had their say. He has just told you how he feels about adults, and you yank the talk round to truancy. It feels abrupt, and you miss the chance to answer his feeling. #feedback
    “No reason.” #speaker:li
    -> confid

= confid
He is quiet for a while, then suddenly asks:
“Whatever I tell you, you'll go straight and tell my parents and my teacher, won't you?” #speaker:li
+ [“Fair question. What you tell me stays with me. I'm not going to report on you. There's one exception: if you or someone else might get hurt, say someone's out to hurt you, or you're about to do something really dangerous. If it ever comes to that, I'll tell you first, and we'll work out together what to do. And if I want to talk to your parents or your teacher, I'll ask you first.” #technique:information #phase:intake #quality:best]
    Giving information: at intake, in words he understands, explain confidentiality and its limit (someone's safety), and that you will ask before contacting his family or school. Set the boundary early, and a later safety issue will not feel like betrayal. #feedback
    ~ trust = MIN(trust + 1, 3)
    “…How dangerous is ‘dangerous’?” #speaker:li
    “Someone getting hurt, someone pulling a knife, that kind of thing. Skipping a lesson or where you hang out doesn't count.” #speaker:worker
    “Fine.” #speaker:li
    -> story
+ [“You don't need to worry about that. We have professional rules.” #technique:information #phase:intake #quality:weak]
    “We have rules” dodges the question. His worry is real, and he needs clear, concrete information he can follow: what stays private, and when it does not. #feedback
    He shrugs and doesn't ask again.
    -> story
+ [“Don't worry. I won't tell anyone a single word you say. I promise.” #technique:information #phase:intake #quality:harmful]
    Confidentiality has limits: when the person's or someone else's safety is at stake, a social worker has to act, so you cannot promise absolute secrecy. The bit of trust it buys now will cost you double when you have to break the promise. Explain confidentiality and its exceptions from the start. #feedback
    ~ secret_promise = true
    ~ trust = MIN(trust + 1, 3)
    “Seriously? …OK then.” #speaker:li
    His shoulders drop a little.
    -> story
+ [“You're a minor. Your parents are your guardians, and they have a right to know what's going on with you.” #technique:information #phase:intake #quality:weak]
    Guardians do have some right to know, but this answer tells him anything he says will get out. Why would he tell you the truth after that? Better: explain confidentiality and its exceptions, when and how you would talk to his parents, and that you would discuss it with him first. #feedback
    ~ trust = MAX(trust - 1, 0)
    “Then I've got nothing to say.” #speaker:li
    -> story

= story
He puts his phone face down on the table. It is the first time today he has looked away from the screen.
+ [“If you're up for it, tell me what a normal day's like for you. Start from when you get up.” #technique:listening #phase:intake #quality:best]
    Listening begins with an open question: let him tell his life his own way (free self-narration) while you listen for both content and feeling. This gets you the real story far sooner than asking why he skips school. #feedback
    ~ trust = MIN(trust + 1, 3)
    “Get up… nobody's home. Mum's off to the supermarket at six, leaves twenty yuan on the table. Dad drives trucks, gone three, four days at a time, and when he's back he sleeps.” #speaker:li
    “Sometimes I go to school. Sometimes… the pool hall. Big Qiang and that lot hang out there. Nobody's home anyway.” #speaker:li
    You don't interrupt; you just nod. He adds:
    “Nobody asks either.” #speaker:li
    -> agree
+ [“Right, let's set a goal: from next Monday you're at school on time every day. You can do that, can't you?” #technique:suggestion #phase:planning #quality:harmful]
    Setting goals before any assessment skips a whole phase, and the goal is set for him rather than with him. A suggestion this early just tells him he is being managed again. At intake, build the relationship and hear the situation first. #feedback
    ~ trust = MAX(trust - 1, 0)
    “…Whatever.” #speaker:li
    In bits and pieces you get only a little: his mother works early shifts, his father drives long-haul, and he often goes to a pool hall to see someone called Big Qiang.
    -> agree
+ [“I hear you've fallen a long way behind in maths. Is it because you can't keep up, can't follow the lessons and hate just sitting there, that you don't want to go?” #technique:clarification #phase:intake #quality:weak]
    A closed, leading question: you have supplied the answer and he only has to say yes or no. At intake, open questions let him tell you what actually happened. #feedback
    ~ trust = MAX(trust - 1, 0)
    “Think what you like.” #speaker:li
    In bits and pieces you get only a little: his mother works early shifts, his father drives long-haul, and he often goes to a pool hall to see someone called Big Qiang.
    -> agree
+ [“Take your time, no rush,” you say, head down over your notes, glancing at your watch now and then. #technique:attending #phase:intake #quality:weak]
    Your words say “no rush”; your body says you are in a hurry. Head down, eyes on the clock: he reads that you don't really want to hear it. Attending and listening depend on eye contact and an attentive manner. Notes can wait until after the session. #feedback
    He says a couple of sentences and stops, then picks up his phone again. All you learn is that his mother works early shifts, his father drives long-haul, and he often goes to a pool hall to see someone called Big Qiang.
    -> agree

= agree
The hour is nearly up.
+ [“If you ever feel you need to, come and find me. If not, that's fine too.” #technique:suggestion #phase:intake #quality:weak]
    Respecting his choice is right, but for a referred teenager who never wanted to come, “come if you need to” means he won't. A preliminary agreement should be concrete (when, where, what for) and then leave the decision to him. #feedback
    He doesn't show up the next week. You get Ms Zhou to pass on a message, and he appears the week after.
    -> assessment.vague
+ [“Next week I'll visit your home first and talk to your parents, then drop by the school to see Ms Chen and look at your attendance and how things are going in class. Once I've got the full picture, we'll sit down together and work out properly what to do next.” #technique:information #phase:assessment #quality:weak]
    Finding out about home and school is assessment work, but it needs his consent first. And you haven't even agreed to meet again; announcing visits to his home and school only makes him feel investigated. #feedback
    ~ trust = MAX(trust - 1, 0)
    “…Suit yourself.” #speaker:li
    In the end he does agree to come again next Wednesday.
    -> assessment.vague
+ [“Thanks for coming today. I'd like to meet once a week, here, about an hour each time, and work out together what's going on. How does that sound? Whether you come is up to you.” #technique:suggestion #phase:intake #quality:best]
    Intake ends with a preliminary agreement: how often, where, how long, and his right to decide. Letting a teenager who did not choose to come make the call himself is a key step in building the professional relationship. #feedback
    ~ trust = MIN(trust + 1, 3)
    “…Wednesday afternoons are OK. Nothing else.” #speaker:li
    The fact that he haggles makes you think he means it.
    -> assessment.vague
+ [“You'll be here next Wednesday, on time. I'll have Ms Zhou keep an eye on you too.” #technique:advice #phase:intake #quality:harmful]
    Orders and “keeping an eye on you” turn a professional relationship into surveillance. Advice is for serious matters. When you arrange the next meeting, explain its purpose and respect his right to choose. #feedback
    ~ trust = MAX(trust - 1, 0)
    He gets up and walks out. Only at the door does he throw back:
    “Got it.” #speaker:li
    -> assessment.vague

// ─────────────────────────── ASSESSMENT ───────────────────────────
=== assessment ===

= vague
Second session. #phase:assessment
{trust >= 2: He is on time, and plonks a bottle of cola on the table.|He is ten minutes late and slumps back in his chair as soon as he comes in.}
When you ask about school, he curls his lip.
“School's boring. I just sit there anyway.” #speaker:li
+ [“When you say ‘boring’, can you tell me a bit more? Is it that the lessons don't go in, or there's someone at school you don't get on with, or something else?” #technique:clarification #phase:assessment #quality:best]
    Clarification: turn a vague “boring” into something concrete. You offer a few directions and leave room for “something else”, so he can pick one or say something different. You are not putting words in his mouth. #feedback
    ~ trust = MIN(trust + 1, 3)
    “…I lost the thread in maths last year. Last term Ms Chen told the whole class I was ‘dragging the class down’. After that, what's the point of going?” #speaker:li
    “At least Big Qiang and that lot don't look down on me.” #speaker:li
    -> consent
+ [“Would you like to change schools? There's a vocational school in the district with a well-known basketball team and a lighter timetable. A new place, a new class, a fresh start: it might be a lot less boring.” #technique:suggestion #phase:assessment #quality:weak]
    Too early for a suggestion: you offer a solution before knowing what “boring” means, and you cut short his own thinking. Clarify and understand first; look for solutions together at the planning stage. #feedback
    “They're all the same.” #speaker:li
    Later he mentions, in scraps, that he is behind in maths and was criticised in front of the class, but he won't say more.
    -> consent
+ [“Boring or not, you have to go. Without an education, what are you going to do with your life?” #technique:advice #phase:assessment #quality:harmful]
    Another lecture. Assessment is for gathering facts and understanding him, not judging him. You don't yet know what lies behind “boring”; clarify first. #feedback
    ~ trust = MAX(trust - 1, 0)
    “See? Here we go again.” #speaker:li
    Later he mentions, in scraps, that he is behind in maths and was criticised in front of the class, but he won't say more.
    -> consent
+ [“Yeah, school is boring. I thought so too at your age.” #technique:self-disclosure #phase:assessment #quality:weak]
    This self-disclosure just agrees with him. It gives him nothing to learn from, and you lose the chance to find out what lies behind “boring”. Self-disclosure should have a purpose, be brief, and hand the conversation back. #feedback
    “Right?” #speaker:li
    And there the topic dies. Later he mentions, in scraps, that he is behind in maths and was criticised in front of the class, but he won't say more.
    -> consent

= consent
As he talks, home comes up.
“Dad shouts the minute he gets in, and Mum cries. I'd rather be out.” #speaker:li
To understand what is going on, you will need more than his side of the story.
+ [“You know your own situation best. What you tell me is enough. No need to go to your family or your school.” #technique:information #phase:assessment #quality:weak]
    One side of the story is a single source. It is hard to tell symptoms from root causes that way, and you miss the resources at home and at school. Assessment draws on several sources that check each other, with his consent obtained first. #feedback
    He is visibly relieved.
    But two weeks later his mother turns up at the centre on her own and bursts into tears. Only then do you realise one side is nowhere near enough. This time you ask Xiao Li first; he agrees to a home visit and to a call with Ms Chen.
    -> home
+ [Don't discuss it with him: phone Ms Chen that same afternoon. You'll have to contact the school sooner or later anyway. #phase:assessment #quality:harmful #critical:informed-consent]
    Contacting the school is not the mistake; going round him is. He is your client, and contact with his school and family needs his consent first. Once he finds out you acted behind his back, whatever trust you had built is gone. #feedback
    ~ trust = MAX(trust - 2, 0)
    The next day Ms Chen mentions in class that “someone from the community called asking about you”. At your next meeting he walks in with a face like thunder.
    “You went to my teacher? Who said you could?” #speaker:li
    You apologise. After a long, stiff silence he grudgingly agrees to let you visit his home.
    -> home
+ [“Next I'll be going round to talk with your parents, and I'll phone Ms Chen to hear how they see things. That's standard procedure, we do it for every case, so you don't need to do anything or worry about it. I know what I'm doing.” #technique:information #phase:assessment #quality:weak]
    You informed him, but you didn't ask him. “You don't need to worry about it” shuts him out of his own affairs. Better: explain why you want to go, what you will and won't discuss, and ask what he thinks. #feedback
    ~ trust = MAX(trust - 1, 0)
    “Oh.” #speaker:li
    -> home
+ [“Home and school both seem to matter a lot here. I'd like to talk with your parents once and phone Ms Chen. I won't pass on what you've told me. Is that OK with you? Anything you'd rather I didn't bring up?” #technique:information #phase:assessment #quality:best]
    Assessment gathers information from several sources and cross-checks it: the young person, the family, the school. Asking his consent before contacting them, and saying what you will and won't discuss, respects his right to decide, and shows him you mean what you say. #feedback
    ~ trust = MIN(trust + 1, 3)
    “…Don't tell Ms Chen about Big Qiang. And don't let my dad find out I go to the pool hall, or he'll really lay into me.” #speaker:li
    “Fine. I won't mention either.” #speaker:worker
    -> home

= home
Sunday evening: the home visit. A small two-bedroom flat in an old block. His father has just got back from a run and is smoking on the balcony; his mother pours you tea. Xiao Li says he doesn't want to be there and shuts his bedroom door.
A few minutes in, the parents are arguing.
“The boy needs a firm hand! I'm on the road all year, she's in charge at home, and what does she do? Hands him money whenever he asks, and when he skips school she writes him sick notes!” #speaker:father
“And who else is going to look after him? You come home and all you do is shout. Last winter you hit him… Now he's scared to come home!” #speaker:mother
“That was for his own good!” #speaker:father
+ [Wait until they stop, then say: “I can hear how worried you both are, and that each of you is trying, in your own way, to pull him back. Mr Li, you're out on the road keeping this family going; and you, his mum, worry about his meals and his schooling every day. Could you each tell me how you see Xiao Li these days?” #technique:empathy #technique:focusing #phase:assessment #quality:best]
    First empathise with both parents' worry and effort without judging who is right, then bring the talk back from blaming each other to their son. The home visit is part of assessment: you are there to understand how the family affects him, not to referee. #feedback
    ~ parents_engaged = MIN(parents_engaged + 1, 2)
    His father stubs out his cigarette and is silent for a moment.
    “In primary school he was brilliant at basketball. School team. These last two years… I can't get a word out of him.” #speaker:father
    “We've been fighting about money these two years. He started skipping school in the spring of Year 8.” #speaker:mother
    -> teacher
+ [“Mr Li is right. A boy needs someone who can keep him in line. A mother can't spoil him like that.” #technique:advice #phase:assessment #quality:harmful]
    Taking one side declares the other wrong. His mother will hold back with you from now on, and the family work loses a partner. A social worker accepts both parents, stays neutral, and seeks to understand before judging. #feedback
    His mother lowers her head and says nothing more. His father talks plenty, mostly about how the boy is a disappointment.
    You pick up only fragments: the couple have argued about money for two years; Xiao Li started skipping school in the spring of Year 8; he was good at basketball in primary school.
    -> teacher
+ [Cut in: “Please, both of you, stop arguing. Going round in circles won't solve anything, and he can hear you from the next room. We haven't got long today, and I'm here to find out about Xiao Li: when he stopped going to school, what he does at home, who he spends his time with. One at a time, please, and let's start with when it began.” #technique:listening #phase:assessment #quality:weak]
    Interrupting leaves both parents' feelings unheard, and they simply bottle them up. Their argument is itself important information: what the mood at home is, what Xiao Li faces every day. Listen first, then steer. #feedback
    They both fall silent, and their answers stay short from then on.
    You pick up only fragments: the couple have argued about money for two years; Xiao Li started skipping school in the spring of Year 8; he was good at basketball in primary school.
    -> teacher
+ [Nod at his mother: “You really have it hard. Being stuck with all this, you poor thing.” #technique:empathy #phase:assessment #quality:weak]
    That is sympathy, not empathy: you have taken the mother's side and cast her as the victim, and the father has heard where you stand. Empathy means understanding each person's feelings and letting them feel understood, without taking sides. #feedback
    His father snorts and goes back out to the balcony.
    You pick up only fragments: the couple have argued about money for two years; Xiao Li started skipping school in the spring of Year 8; he was good at basketball in primary school.
    -> teacher

= teacher
The next day you phone his class teacher, Ms Chen.
“This is a graduating class, and the entrance exams are six months away. He drags the whole class average down, and when he fights I'm the one fetching him from the police station. I've already told the school: either he gets a formal sanction, or he transfers, or, if it comes to that, he goes to a special reform school.” #speaker:teacher
+ [“Ms Chen, with respect: naming him in front of the whole class, calling his parents in at every turn and putting warnings on his record will only push a boy who gets shouted at enough at home even further away. That's not what education should be about. The school needs to change its approach first; then our centre can work alongside you.” #technique:confrontation #phase:assessment #quality:weak]
    Confronting her before there is any working relationship only makes her feel accused, and it will be hard to win the school over as a resource later. Understand her pressure, get the facts, and look for common ground over time. #feedback
    “Then why don't you community people try educating him?” #speaker:teacher
    The call ends quickly. All you note down is that his absences began in the spring of Year 8 and that he now misses two or three days a week.
    -> diagnose
+ [“Ms Chen, I can hear how much pressure you're under, with a graduating class and all this on top. Could I ask you a few specific things? When did his absences start, and how many days a week is he missing now? Is there a classmate or teacher he gets on with? Is there anything he does reasonably well?” #technique:empathy #technique:clarification #phase:assessment #quality:best]
    Acknowledge the teacher's pressure first, then gather facts with specific questions: when the absences began, how often, what relationships and strengths he has at school. The teacher is a key source of information and a future partner. #feedback
    “It started in the spring of Year 8. This term he misses two or three days a week on average. He's good at PE, though; plays decent basketball. And he gets on all right with his deskmate, Xiao Wang.” #speaker:teacher
    She sighs.
    “Honestly, if he'd actually come back and settle down, I'm not set on getting rid of him.” #speaker:teacher
    -> diagnose
+ [“I understand. A student like that really does affect the class. A transfer might be best for everyone.” #technique:suggestion #phase:assessment #quality:harmful]
    Backing a transfer before you know the causes helps the school push him out. Here the social worker should speak up for the client's interests (the advocate role): gather the facts first, then talk about solutions. #feedback
    “Then could you tell the school that too?” #speaker:teacher
    You give a vague answer. All you note down is that his absences began in the spring of Year 8 and that he now misses two or three days a week.
    -> diagnose
+ [“He told me that when he skips, he's actually at a pool hall with a guy called Big Qiang. You might want to keep an eye on that.” #technique:information #phase:assessment #quality:harmful #critical:confidentiality]
    Xiao Li told you about Big Qiang in private, and nobody's safety is at stake. Passing it on to the teacher breaks confidentiality, and once he hears about it, your word means nothing to him. #feedback
    ~ trust = MAX(trust - 1, 0)
    The next day Ms Chen calls Xiao Li into her office and questions him about Big Qiang. It doesn't take him long to work out where she heard it.
    -> diagnose

= diagnose
You have most of what you need. Back at the centre, you go through your notes from the past few weeks.
+ [Put it all down to “inadequate parenting” and plan to focus on parenting classes for his mother and father. #phase:assessment #quality:weak]
    The family matters a great deal, but seize on that alone and you miss the pull of the older youths, the setbacks at school, and Xiao Li's own strengths. Assessment looks for causes across several systems and sees strengths as well. #feedback
    -> planning.goals
+ [Write the assessment from an ecological-systems view: the presenting problems (truancy, fights); the causes (a father always away who shouts or hits when home, an anxious and indulgent mother, constant rows, so little real care at home; older out-of-school youths drawing him in; falling behind in maths and being labelled in class); his strengths and resources (good at basketball, loyal, protective of his mother, a teacher who hasn't fully given up); his needs in order of priority. Check it with Xiao Li at your next session. #phase:assessment #quality:best]
    A good assessment separates symptoms from root causes, looks at the individual, family, school and peer systems together, and records strengths and resources too. Checking it with him tests your reading and makes him part of his own case. #feedback
    At the next session he reads your points for a long time.
    “…That's pretty spot on. How'd you know about the basketball?” #speaker:li
    -> planning.goals
+ [You have enough. Skip the report and sign him up for the community basketball team; training starts next week. #phase:intervention #quality:harmful]
    Intervening with no plan: no goals agreed with him, no service agreement, and once again a decision made for him. After assessment comes planning, together with him. #feedback
    On Saturday he doesn't turn up to basketball. Ah Jie rings to ask where he is, and only then do you go back and sit down with him to plan.
    -> planning.goals
+ [Write the diagnosis: “Client shows serious behavioural problems and poor self-control and is under the influence of delinquent youths. Recommend stricter discipline.” #phase:assessment #quality:harmful]
    That is a label, not an assessment: it describes surface behaviour, puts the whole cause on him, ignores family and school, and names not a single strength or resource. A record should also state facts before inferences. #feedback
    -> planning.goals

// ──────────────────────────── PLANNING ────────────────────────────
=== planning ===

= goals
Fourth session. Time to decide together what the next three months will look like. #phase:planning
{trust == 0: He keeps his head down, and most of his answers are “Mm” and “Whatever”.}
+ [Bring out a printed plan: “I've set your goals for you: at school on time every day, no fighting, no pool hall, no more Big Qiang. Just sign here.” #technique:suggestion #phase:planning #quality:harmful]
    Setting goals for him is the classic planning error: these are what the adults want, not what he wants, and he has no reason to work for them. Goals have to be agreed with him. #feedback
    ~ trust = MAX(trust - 1, 0)
    He doesn't even look at it.
    “If you've already decided, why ask me?” #speaker:li
    You put the plan away and ask him again what he wants. After a long pause he manages: for his dad to stop shouting, and to go back to school, though he's scared he won't keep up.
    -> smart
+ [“Let's skip the goals for now. Next week I'll take you to see the basketball team. Get moving first, talk later.” #technique:suggestion #phase:intervention #quality:weak]
    Intervening before any goals or plan exist is an ordering error: there is no way to say what you are doing, why, or what would count as success. Agree goals with him first, then arrange the action. #feedback
    On the Saturday you were meant to “get moving”, he doesn't show. You have to go back and ask him what he wants. After a long pause he manages: for his dad to stop shouting, and to go back to school, though he's scared he won't keep up.
    -> smart
+ [“Over the next three months, what would you most like to be different? Say what you actually want, not what adults like to hear.” #technique:focusing #phase:planning #quality:best]
    Goals are set with the client, not for him. Focusing: you narrow the talk to the change he himself wants most, so the plan runs on his own motivation. #feedback
    ~ trust = MIN(trust + 1, 3)
    “…I want my dad to stop shouting the second he walks in.” #speaker:li
    “And I don't actually want to keep skipping school. It's just that I'm so far behind in maths, I end up sitting there doing nothing. Oh, and I want Ms Chen to stop picking on me.” #speaker:li
    -> smart
+ [“Your parents both want you to get into senior high. Let's make that the goal.” #technique:suggestion #phase:planning #quality:harmful]
    That is his parents' goal, not his, and for a boy missing two or three days a week it is too big a leap. Find out what he wants first, then set goals together that are within reach. #feedback
    “You decide, then.” #speaker:li
    You try asking another way. After a long pause he manages: for his dad to stop shouting, and to go back to school, though he's scared he won't keep up.
    -> smart

= smart
Next you need to turn those wishes into goals you can check, and agree how to get there. First you ask him to rate how things are for him now, from 1 to 10. He writes “3”.
+ [“Let's just write ‘study hard and drop the bad habits’. As long as the direction is right.” #technique:suggestion #phase:planning #quality:weak]
    A goal like that cannot be measured; in three months nobody will be able to say whether it was met. SMART goals are specific, measurable and time-bound, such as “at school at least four days a week within a month”. #feedback
    He has no objection; there is nothing to object to. Later you rewrite it as “at school at least four days a week”, and he picks the basketball team.
    -> contract
+ [“I've already signed you up for the basketball team. Saturday mornings. You have to go.” #technique:advice #phase:planning #quality:harmful]
    A peer group is a good resource, but “already signed up, you have to go” is imposing it. Keep advice for serious harm; which activity he joins should come with reasons and be his decision. #feedback
    ~ trust = MAX(trust - 1, 0)
    “Says who?” #speaker:li
    You back down and say he can go once and then decide. He reluctantly agrees.
    -> contract
+ [“Let's make ‘going back to school’ concrete, something you can actually reach: at least four days a week to start with, and in a month we'll see about full attendance. For maths, I can put you in touch with the community homework club. And there's a Saturday basketball team in the community, and a music group, both with kids about your age. I'm suggesting basketball because your dad and Ms Chen both say you're good, and you'd meet some new people there. Go and have a look once; if you don't like it, we'll find something else. What do you think?” #technique:suggestion #phase:planning #quality:best]
    A good suggestion is a consultation: give your reasons, offer choices, and leave the decision with him. The goals are also SMART: specific (days at school), measurable, achievable, relevant to what he wants, and time-bound (one month, three months). #feedback
    “Basketball… I could try. Forget the music.” #speaker:li
    -> contract
+ [“Then the goal is full attendance from next Monday. Not a single day missed.” #technique:suggestion #phase:planning #quality:weak]
    Specific, yes, but not achievable: jumping from two or three missed days a week to none means that if week one goes wrong, he has failed again. Goals should go step by step, starting with one he can reach. #feedback
    “…Fine.” #speaker:li
    Later you change it to “at least four days a week” to start with. He picks the basketball team.
    -> contract

= contract
You have a draft plan. Overall goal: back to regular schooling and fewer rows at home within three months. Sub-goals: days at school, no more fights, basketball every week. Individual sessions weekly, family sessions twice a month. Each session ends with a small task, and the next one begins by reviewing it.
+ [Just have the parents sign. He's a minor; his signature doesn't count anyway. #phase:planning #quality:weak]
    Guardians' consent is necessary, but the client is Xiao Li. Leave him out of the agreement and the plan becomes another set of rules adults made for him. He should help negotiate it and sign it. #feedback
    ~ trust = MAX(trust - 1, 0)
    When he finds out, all he says is:
    “Like my opinion ever counts.” #speaker:li
    -> intervention.task
+ [A verbal agreement is enough. Signing things is too formal and will scare him off. #phase:planning #quality:weak]
    A written agreement isn't there to intimidate; it spells out goals, responsibilities and arrangements so both sides have something to refer to, and it shows him this is serious. Write it in words he understands, but don't skip it. #feedback
    A few weeks later his father says he never agreed to family sessions twice a month, and you discover everyone understood the plan differently.
    -> intervention.task
+ [Invite Xiao Li and his parents to the centre and go through the service agreement point by point: goals; content and methods; when, where and how often you will meet; the three-month term; everyone's rights and responsibilities; confidentiality and its limits. Questions are raised on the spot, and then Xiao Li, his parents and you all sign. #phase:planning #quality:best]
    A service agreement sets out the goals, content and methods, both sides' rights and duties, the time, place, term and number of sessions, and is signed by both sides. Xiao Li is a minor, so his parents must give informed consent, but he takes part and signs too: it is his plan. #feedback
    ~ parents_engaged = MIN(parents_engaged + 1, 2)
    “Twice a month? I drive trucks. I can't promise times like that.” #speaker:father
    After some discussion, the family sessions are moved to Sunday evenings when his father is home. Xiao Li signs the agreement, pressing hard with the pen.
    -> intervention.task
+ [No need for a special meeting: you went over what's in the agreement with the family on your home visit, and everyone nodded. Start the first family session next week and settle the details as you go; once everyone knows each other and the arrangements have settled down, the written agreement can be signed then, so that things don't feel too formal from the very start. #phase:intervention #quality:weak]
    Intervening without an agreement: goals, roles and frequency are all undecided, and a family session can easily turn into another row. Settle the plan and sign the agreement, then start the intervention. #feedback
    When the first family session begins, the three of them can't even agree on why they are there.
    -> intervention.task

// ────────────────────────── INTERVENTION ──────────────────────────
=== intervention ===

= task
The first week's task: go to school at least four days, and tick a little card each evening. #phase:intervention
At the next session he pushes the card across the table. Three ticks.
“Went three days. Not Friday… Dad got home that morning, they started fighting again, and I ran off.” #speaker:li
He stares at you as if waiting for you to blow up.
+ [“We agreed four. Why are you a day short again? Where exactly were you on Friday, who were you with, and what time did you get home?” #technique:clarification #phase:intervention #quality:weak]
    You zero in on the day he missed, in the tone of an interrogation. When reviewing a task, see the progress first, then explore the difficulty together; don't cross-examine. #feedback
    ~ trust = MAX(trust - 1, 0)
    “Knew you'd ask that.” #speaker:li
    -> family
+ [“However bad the rows at home get, school is your responsibility. That's no excuse.” #technique:advice #phase:intervention #quality:harmful]
    He volunteered why he missed Friday, a sign of trust, and got a lecture in return. The rows at home are exactly the problem you are working on together, not his excuse. #feedback
    ~ trust = MAX(trust - 1, 0)
    He takes the card back and says nothing for a long while.
    -> family
+ [“Brilliant! You're amazing! Keep it up!” #technique:encouragement #phase:intervention #quality:weak]
    Empty praise he doesn't believe himself. Encouragement needs to be specific: what he did and how he did it, so he knows what to do again next time. #feedback
    “It's only three days. What's amazing about that?” #speaker:li
    -> family
+ [“Three days. That's a lot more than the one or two a week before. How did you get yourself out of the door on those three days?” #technique:encouragement #phase:intervention #quality:best]
    Encouragement works when it lands on a specific positive step: recognise the three days, then ask how he managed them, so he can see his own strength. Friday can be talked about next, but not starting from blame. #feedback
    ~ trust = MIN(trust + 1, 3)
    “…Set an alarm. And Mum left breakfast on the table.” #speaker:li
    The corner of his mouth twitches. Then you talk about Friday: when a row starts at home, where could he go other than out on the street? Maybe the youth room, he says.
    -> family

= family
First family session, Sunday evening, at the centre.
{parents_engaged == 0: His father arrives half an hour late and sits looking at his phone.}
A couple of sentences in, his father raises his voice.
“I'll say this once: if he skips school again, I'll break his legs!” #speaker:father
Xiao Li stands up to leave.
“There you go again!” #speaker:mother
+ [Turn to Xiao Li: “Your dad only wants what's best for you. Can't you try to see it from his side?” #technique:advice #phase:intervention #quality:harmful]
    Taking the parents' side in a family session tells him you are one of them, and the trust you have built starts to crack. In family work, the social worker makes sure everyone is heard. #feedback
    ~ trust = MAX(trust - 1, 0)
    “Right. It's all my fault.” #speaker:li
    -> safety
+ [“Let me give you both some background first. According to Erikson's psychosocial theory, adolescents are in the stage of identity versus role confusion, when they particularly need to feel recognised and respected. In Baumrind's terms, your parenting styles are, respectively, authoritarian and permissive, and research shows that both of these tend to leave a young person unable to settle at home, so that he drifts out…” #technique:information #phase:intervention #quality:weak]
    The information is not wrong, but it is all jargon: the parents are lost and feel lectured. Information has to fit the listener's background and readiness; say it in everyday words. #feedback
    “Just tell us what to do.” #speaker:father
    -> safety
+ [Ask Xiao Li to sit back down, then say to his father: “Mr Li, I can hear you're at the end of your tether. At this age, a lot of kids who get shouted at just spend more time out of the house. It's not that they don't care; home is hard to be in. Let's try something today: everyone starts with ‘I’, and says how they feel and what they'd like, instead of ‘you always…’. Mr Li, would you go first?” #technique:information #technique:suggestion #phase:intervention #quality:best]
    Give information in words the parents understand (how teenagers often react to shouting), then propose a concrete way of talking that can be tried on the spot, and ask for their agreement. This is the educator and enabler role in intervention. #feedback
    ~ parents_engaged = MIN(parents_engaged + 1, 2)
    His father struggles for a long moment.
    “I… I'm scared he'll go wrong. Nobody looked out for me when I was a kid, and I ran wild for years.” #speaker:father
    Xiao Li freezes, and for the first time looks straight at his dad.
    -> safety
+ [Ask the parents to step out and talk to Xiao Li alone; from now on, make the family sessions individual ones. #phase:intervention #quality:weak]
    This avoids the conflict and drops the family work in the plan. Lack of care at home is one root of his problems; individual sessions alone treat the symptom. A clash in the room is exactly the moment to help this family learn to talk. #feedback
    ~ parents_engaged = MAX(parents_engaged - 1, 0)
    Xiao Li is relieved. But back home, nothing changes.
    -> safety

= safety
Thursday of week five. Xiao Li arrives early, and his leg won't stop jiggling.
“Big Qiang says Saturday night they're meeting another crew at the building site by the river, for a fight. He wants me there, and he wants me to bring a knife… Says if I don't, I'm not loyal.” #speaker:li
{secret_promise: “You promised. Whatever I say, you won't tell.”|“Don't tell my parents, OK? Promise?”} #speaker:li
+ [“Thank you for telling me. It tells me part of you feels this is wrong. And I have to be very serious with you now: bringing knives to a gang fight, someone could get badly hurt, even killed, and you could end up legally responsible. So you can't go on Saturday. And I can't pretend I didn't hear this: your parents need to know today, and so does the community police officer, so nobody gets hurt. Think about how you'd want your parents told. Would you like me there with you when you tell them?” #technique:advice #technique:empathy #phase:intervention #quality:best]
    This is exactly when advice is called for: a safety matter, where you state the harm plainly and the action that must be taken. You also acknowledge his courage in telling you and involve him in how his parents are told. Safety is the exception to confidentiality. #feedback
    { secret_promise:
        But at intake you promised him absolute secrecy, and now you have to break that promise. This is why you never promise what you cannot keep. #feedback
        ~ trust = MAX(trust - 2, 0)
        “You lied to me! You said you'd never tell anyone!” #speaker:li
        He storms out, slamming the door. That evening you talk to his parents and the community police officer anyway. On Saturday he is kept at home.
    - else:
        “…Knew you'd say that. You told me the first time. Dangerous stuff doesn't stay secret.” #speaker:li
        A long silence.
        “Then you come with me to tell Mum. And Dad… you tell him.” #speaker:li
        That evening you sit with him while he talks to his parents, and you let the community police officer know. On Saturday he stays home.
    }
    -> after_safety
+ [Agree to his face, then as soon as he leaves, phone his parents and the police station. #phase:intervention #quality:harmful]
    Informing the parents and the police is right; a safety issue has to be dealt with. The fault is saying one thing to his face and doing another behind his back. Be open with him about the limits of confidentiality and involve him, as far as possible, in how it is handled. #feedback
    ~ trust = MAX(trust - 1, 0)
    { secret_promise:
        ~ trust = MAX(trust - 1, 0)
    }
    On Saturday he is kept at home, and nothing happens. But he soon finds out it was you who made the call.
    “Two-faced. That's what you are.” #speaker:li
    -> after_safety
+ [“Why are you still hanging around with them? I told you they're bad news. You never learn!” #technique:advice #phase:intervention #quality:harmful]
    Advice targets the harm and the action needed; it is not a scolding. He risked a telling-off to tell you, and got blamed. Next time he is in danger, will he come to you? #feedback
    ~ trust = MAX(trust - 1, 0)
    He turns and walks out. You immediately inform his parents and the community police officer. On Saturday his father keeps him locked in at home, and nothing happens.
    -> after_safety
+ [“OK, I won't say anything. But be careful, and stay away if you possibly can.” #technique:advice #phase:intervention #quality:harmful #critical:safety]
    A possible knife fight is exactly where confidentiality ends: the social worker must act to protect him and others. “Be careful” leaves all the risk with a fifteen-year-old. #feedback
    ~ fight = true
    ~ trust = MAX(trust - 1, 0)
    On Saturday night a resident calls the police. By the time officers arrive the two groups are already at it, and a boy has been slashed. Xiao Li gets away, but the next day his father takes him to the police station to give a statement.
    “If you'd just tried to stop me…” #speaker:li
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
At the next session he does come, but sits as far away from you as he can.
“You're a liar.” #speaker:li
+ [“I did it for your own good. Anyone would have done the same.” #technique:advice #phase:intervention #quality:weak]
    “For your own good” is self-defence: it doesn't own the mistaken promise or meet his anger. Repairing the relationship starts with an honest apology and accepting his feelings, then restating where confidentiality ends. #feedback
    “That's what you all say.” #speaker:li
    -> group
+ [“You're right. I should never have promised you I'd tell nobody. That was a promise I couldn't keep, and that's on me. I should have told you from the start: if someone might get hurt, I will act. You've every right to be angry with me.” #technique:empathy #phase:intervention #quality:best]
    Genuineness is one of the foundations of the professional relationship. Owning your mistake, restating the limits of confidentiality and accepting his anger gives the relationship a chance to mend. #feedback
    ~ trust = MIN(trust + 1, 3)
    He looks at you for a long time.
    “…Just don't lie to me again.” #speaker:li
    -> group
+ [“I understand how you feel. You must be really upset, and you feel I sold you out. Honestly, I'm upset too. I haven't slept properly for days; I keep going over whether I should have handled it differently, and I've talked it through with my supervisor more than once…” #technique:empathy #phase:intervention #quality:weak]
    Your own feelings have crept into the empathy, the focus shifts to you, and now he has to look after you. Empathy names his feelings, alongside an honest admission of your part. #feedback
    He frowns and says nothing.
    -> group

= group
{fight: After the police station, Ms Chen pushed for a transfer again. Fortunately his mother insisted he keep coming to the centre.}
Week seven. Ah Jie, the volunteer who runs the basketball team, phones you.
“The kid can really shoot. But last Saturday another player bumped into him and he nearly threw a punch. I had to pull him off.” #speaker:coach
At the session, Xiao Li speaks first.
“The basketball lot are a bunch of babies. It's boring. Last week some kid barged into me on purpose, and Ah Jie just told me to let it go. Why should I? I'm quitting.” #speaker:li
+ [“You've told me three things: the others are childish, someone barged you on purpose in last week's game, and Ah Jie told you to let it go. Put together, that's a lot to swallow. Can I check first which of those makes you most want to quit?” #technique:summarising #technique:focusing #phase:intervention #quality:good]
    A summary lays out what he said, then focusing narrows it to what matters most. The direction is right, if a little mechanical; acknowledging his anger at being barged first would land better. #feedback
    “…Mostly that guy. He did it on purpose.” #speaker:li
    Together you come up with a plan: next time he gets barged, take three steps back, breathe, then go to Ah Jie. He says he'll try.
    -> confront
+ [“If you quit now, all your effort goes to waste. You can't give up halfway.” #technique:advice #phase:intervention #quality:weak]
    Moralising over something like this is a misuse of advice. He doesn't need a lesson; he needs help making sense of what happened on court and how to handle it next time. #feedback
    “Here we go again.” #speaker:li
    He does keep going, but always stands on the sidelines.
    -> confront
+ [“Then don't go. If you don't like it, fine. It's voluntary anyway.” #technique:listening #phase:intervention #quality:weak]
    You heard only the surface (“it's boring”) and went along with quitting. Being barged and told to let it go is the real reason he wants out. Listening means hearing what lies beneath the words, not just agreeing. #feedback
    He is relieved. But two weeks later Ah Jie tells you he was back at the pool hall on Saturday.
    -> confront
+ [“When I was in junior high, I had a run-in with someone on my team too. What I found later was that the one who could keep his cool on court got more respect, not less. That's just my experience. How did you feel out there that day?” #technique:self-disclosure #phase:intervention #quality:best]
    Self-disclosure done right: brief, relevant to his situation, offered only as something to consider, and the conversation handed straight back to him. #feedback
    ~ trust = MIN(trust + 1, 3)
    “…He barged me on purpose, so I wanted to get him back. That's how it works out there.” #speaker:li
    “But Ah Jie says I'm the best shooter on the team.” #speaker:li
    Together you come up with a plan: next time he gets barged, take three steps back, breathe, then go to Ah Jie. He says he'll try.
    -> confront

= confront
Week nine. His mother phones to say that last Saturday, after basketball, he went to the pool hall with Big Qiang's lot again and didn't get home until nearly midnight.
At the session, Xiao Li volunteers:
“I'm done with Big Qiang and that lot. Honest.” #speaker:li
+ [Say nothing to him. After the session, get his mother to confiscate his phone and ground him at weekends. #phase:intervention #quality:weak]
    Going round him to get his parents to “tighten control” will come out sooner or later, and it damages trust; the tighter the grip, the more likely he is to run. The contradiction belongs in the session, faced together with him. #feedback
    ~ trust = MAX(trust - 1, 0)
    The day after his phone is taken, he climbs out of the window and stays out all night.
    -> review
+ {trust >= 2} [“That's OK. The fact that you want to tell me you've stopped seeing them is progress.” #technique:encouragement #phase:intervention #quality:weak]
    Hollow praise that sidesteps an obvious contradiction, so the tug-of-war between him and Big Qiang never gets talked about. With trust in place, you can tentatively lay the inconsistency out. #feedback
    “Mm.” #speaker:li
    -> review
+ {trust < 2} [“You say you've stopped seeing them. Pulling away from a crowd you've known for years can't be that simple, though. Do they still come looking for you?” #technique:empathy #technique:listening #phase:intervention #quality:good]
    The relationship isn't strong enough yet, so you hold back from laying out the contradiction. You meet the part of him that wants to pull away with empathy, then ask an open question about the pull of Big Qiang's crowd. Once there is enough trust, a tentative confrontation can come. #feedback
    ~ trust = MIN(trust + 1, 3)
    “…Yeah. Saturday after basketball they were waiting outside the court. When I didn't go, they said I hang out with social workers now, think I'm too good for them.” #speaker:li
    He doesn't mention the pool hall, but it's the first time he has brought up Big Qiang's crowd himself. You agree that next time they call, he'll work out beforehand how to say no.
    -> review
+ [“Stop lying to me. Your mum told me everything. You went to the pool hall with Big Qiang again on Saturday.” #technique:confrontation #phase:intervention #quality:harmful]
    Bluntly “exposing” him turns confrontation into interrogation, and drops his mother in it too. Confrontation should be tentative and caring, lay out facts without judgement, and come only once there is enough trust. #feedback
    { trust == 3:
        ~ trust = 1
        He storms out. Luckily the relationship you had built is fairly solid; the next week he does come back, though he barely says a word.
        -> review
    }
    His face darkens.
    “You and my mum are spying on me, right?” #speaker:li
    -> transfer.request
+ {trust < 2} [“I notice you're saying you've stopped seeing Big Qiang and his friends, but your mum says you were at the pool hall again last Saturday night. Putting those two side by side, I'm a bit puzzled. Would you tell me what's going on?” #technique:confrontation #phase:intervention #quality:weak]
    The words are tentative, but the timing is wrong: there isn't enough trust between you yet, and all he hears is that he is being watched. Confrontation rests on acceptance, respect and trust; while the relationship is still shaky, keep building it. #feedback
    His face darkens.
    “You and my mum are spying on me, right?” #speaker:li
    -> transfer.request
+ {trust >= 2} [“I notice you're saying you've stopped seeing Big Qiang and his friends, but your mum says you were at the pool hall again last Saturday night. Putting those two side by side, I'm a bit puzzled. Would you tell me what's going on?” #technique:confrontation #phase:intervention #quality:best]
    Confrontation at the right moment: there is trust between you, your tone is tentative, you lay the two facts side by side without drawing conclusions, and you leave him room to explain. #feedback
    ~ trust = MIN(trust + 1, 3)
    He says nothing for a long while.
    “…After the game they messaged me in the group. If I don't go, they say I've gone soft, think I'm too good for them now.” #speaker:li
    “The basketball lot all go home after a game. Big Qiang and them… at least they're always around.” #speaker:li
    “So what scares you about leaving them is ending up on your own again.” #speaker:worker
    He nods. His eyes are a little red.
    -> review

= review
Week ten: a mid-point review with Xiao Li.
{
- parents_engaged >= 2: The family has not missed a single session, and his father, for once, went to watch one of the team's games.
- parents_engaged == 1: Three family sessions have taken place; his father missed two of them.
- else: The family sessions have barely happened. His father is always too busy.
}
The service log shows: for the last five weeks he has been at school about four days a week; no fights at school for six weeks; not one missed basketball session. But Big Qiang still messages him now and then.
+ [A plan is a plan. Carry it out exactly as written; no changes needed. #phase:intervention #quality:weak]
    A plan guides action; it isn't set in stone. During intervention you watch how the client responds and adjust whatever isn't working, such as the timing of family sessions, or Big Qiang's continuing pull. #feedback
    For the rest of the term, the family sessions rarely have everyone there.
    -> evaluation.method
+ [Go through the tick cards and the service log with Xiao Li: which goals are moving, which are stuck. Fix the family sessions on Sundays, his father's day off; make “how to turn down Big Qiang” the focus of the remaining weeks; and agree a small task before the next session. #phase:intervention #quality:best]
    During intervention, review progress regularly with the client and adjust methods to what is actually happening. Adjust with him; don't decide on your own. #feedback
    “Turning them down… I could say I've got a game on Saturday. Which is true.” #speaker:li
    -> evaluation.method
+ [He's back at school, the goals are more or less met. Close the case this week. #phase:closing #quality:harmful]
    Closing without evaluation, and without telling him in advance. Nobody has checked whether he is really stable or which goals remain unmet, and for a boy afraid of being dropped, a sudden ending hits especially hard. #feedback
    -> closure.premature
+ [His father drives long-distance and his shifts never line up: three family sessions booked, one attended. Drop the family sessions altogether and put the time into individual counselling instead, seeing Xiao Li twice a week to practise turning down Big Qiang. It may even work better. #phase:intervention #quality:weak]
    Giving up on the family work at the first obstacle means dropping one root of the problem. One principle of intervention is to start with those willing to cooperate: his mother wants to come, and the timing can be moved to suit his father. #feedback
    ~ parents_engaged = MAX(parents_engaged - 1, 0)
    -> evaluation.method

// ─────────────────────────── EVALUATION ───────────────────────────
=== evaluation ===

= method
Week twelve. The three months are almost up. You need to know what the work has actually changed. #phase:evaluation
+ [Go by Ms Chen's view alone. If the school says he's fine, he's fine. #phase:evaluation #quality:weak]
    The teacher's view is only one of several. Xiao Li's own rating, changes at home, how he does on the team and the record of the work itself all belong in it. Evaluation draws on several people and several methods. #feedback
    ~ evaluated = true
    -> session
+ [Ask Xiao Li, “Do you feel better?” He says much better, and that's the evaluation done. #phase:evaluation #quality:weak]
    His own view matters, but a single self-rating isn't enough. Evaluation uses several methods and several people, measured against the original goals and baseline, such as the “3” he gave himself and his attendance back then. #feedback
    ~ evaluated = true
    -> session
+ [Gather evidence from several sources and check it against each original goal: after telling Xiao Li, ask the school for his attendance and discipline records for the last three months; have him rate himself again on the same 1 to 10 scale; ask his parents to fill in a satisfaction questionnaire and describe changes at home; ask Ah Jie how he is doing on the team; and go back through the service log to see what helped and how many sessions it took. #phase:evaluation #quality:best]
    Evaluation covers both outcome and process: attendance records, scales, questionnaires and behaviour tracking show outcomes; the service log shows process. With the client, family, school and the peer group's leader all taking part, the conclusion can be trusted. It also looks at how much time and effort went in. #feedback
    ~ evaluated = true
    -> session
+ [Evaluation takes too long. Close the case when the term is up and write “good outcome” in the closing report. #phase:closing #quality:harmful]
    Closing without evaluation is a classic process error: “good outcome” rests on nothing, and there is no basis for deciding whether to close, extend or refer. And you haven't told him in advance either. #feedback
    -> closure.premature

= session
The evaluation session. You lay the numbers on the table: he rates himself 7 now, against 3 three months ago; he has gone from one or two days a week at school to four or five; no fights in over a month.
{parents_engaged >= 1: His parents' questionnaire says there are fewer rows at home.|Only one parent's questionnaire came back. It says “no change”.}
Looking it over, he says:
“Maths is still rubbish. Dad still shouts, but less. I hardly answer Big Qiang's messages now. And the team's got a game next month. Ah Jie's starting me.” #speaker:li
+ [“From now on I'll just give you a call once a month. We don't need to meet any more.” #technique:suggestion #phase:follow-up #quality:harmful]
    Skipping closing and jumping to “follow-up”: no advance notice, no review together, no room for feelings about parting. Closing needs preparation and a process of its own; follow-up comes after it. #feedback
    -> closure.premature
+ [“I can see the progress: school, home, Big Qiang's lot. But maths is still a problem; forty-odd in the mid-terms shows we've still got a long way to go. I'd suggest another three months, with the homework club twice a week, to get your maths back up to where it should be.” #technique:focusing #phase:evaluation #quality:weak]
    You fix on the one thing not solved and ignore his real progress. Evaluation is comprehensive: what improved, by how much, and what didn't. Maths can be tackled through resources like the homework club without extending the case. #feedback
    “So I'm never going to be good enough?” #speaker:li
    -> closing.announce
+ [“So here's what I'm hearing: school, from one or two days a week to four or five. Much less contact with Big Qiang's lot, and you've learned to turn them down. Still some rows at home, but fewer. And maths is still the big headache. Have I missed anything?” #technique:summarising #phase:evaluation #quality:best]
    Summarising: gather his main points, gains and unsolved problems alike, add no conclusions of your own, and ask him to correct or add to it. Helping him see his own change during evaluation already helps to consolidate it. #feedback
    “…Also, I'm a starter now.” #speaker:li
    He grins.
    -> closing.announce
+ [“In short, you've completely turned yourself around, and you'll definitely never skip school again.” #technique:summarising #phase:evaluation #quality:weak]
    Your own conclusion has crept into the summary, and an overconfident one. He has just said maths and home are still problems; this summary wipes out the real picture. A summary should faithfully gather what he said. #feedback
    “…Not sure about that.” #speaker:li
    -> closing.announce

// ──────────────────────────── CLOSING ─────────────────────────────
=== closing ===

= announce
You go over the evaluation with your supervisor: most of the goals set at the start have been met, and maths can be handed to the community homework club. You agree the case can close. #phase:closing
+ [Gradually stretch the sessions from weekly to fortnightly to monthly, without explaining why. #phase:closing #quality:weak #close-form:intervals]
    Lengthening the interval between sessions is a legitimate way to close, but he needs to be told why and what the arrangement is. Without an explanation he is left guessing, and feels pushed away. #feedback
    Once the gap reaches two weeks, he sends you a message: “Are you done with me?” Only then do you sit down with him and explain the plan to close.
    -> anger
+ [He's doing so well, and this is a critical time. Extend for another three months and don't mention closing for now. #phase:closing #quality:weak]
    The goals have been met; extending has no clear purpose and may breed dependence. Sometimes it is the worker who can't let go, and that is the moment to talk to your supervisor. #feedback
    Your supervisor asks, “Another three months, to achieve what?” You have no answer. Only then do you realise that the one reluctant to let go is you.
    With three sessions left, you tell him directly about the plan to close.
    -> anger
+ [Don't tell him yet. Wait until the end of the last session, so he doesn't get upset in the meantime. #phase:closing #quality:harmful]
    Closing without notice is especially damaging for a boy afraid of being dropped. Precisely because he may get upset, he needs to know early, with time to work through it. #feedback
    -> closure.premature
+ [With three sessions to go, tell him directly: “The three months we agreed are nearly up, and you've reached most of the goals you set. Here's what I'd like to suggest: we meet three more times, and after that our regular sessions come to an end. We'll use those three to look back over this time together, and sort out who you can go to when things come up.” #technique:information #phase:closing #quality:best #close-reason:goals-met #close-form:direct]
    The reason for closing is that the goals have been met. Telling him directly two or three sessions ahead leaves time to take it in, review together and arrange support for afterwards. #feedback
    -> anger

= anger
When you finish, he says nothing for a long time. Then he kicks the chair away.
“Knew it. You all leave in the end. Should never have come in the first place.” #speaker:li #reaction:anger
+ [“OK, OK, don't be angry. I sprang that on you, and that's my fault. We won't close. Let's just carry on as we are, and you can come whenever you like; I'm in the youth room every Wednesday afternoon. If you don't feel like talking, come and shoot some hoops. We'll talk about closing when you feel ready, and not a day before. There's no rush at all.” #technique:suggestion #phase:closing #quality:weak]
    Extending indefinitely to calm him down reinforces dependence and avoids the lesson he most needs: how to say goodbye well. You can avoid forcing it, or reduce frequency, but with a clear arrangement. #feedback
    Writing up your notes afterwards, you talk it over with your supervisor and realise you were dodging his feelings. At the next session you raise the closing plan again. This time he doesn't kick the chair; he just stays silent for a long while.
    -> wrapup
+ [“Hearing this is ending makes you angry. Like you're being dropped all over again. I can understand that; a lot of adults in your life have just up and gone. I want you to know this isn't ending because you're not good enough. It's ending because you did what you set out to do. If you don't want to talk today, that's fine. We still have two more.” #technique:empathy #phase:closing #quality:best]
    Anger at closing is a common negative reaction. Accept the feeling, name it, then explain the real reason for ending. Don't rush to persuade him or force him to accept it; give him time. #feedback
    He stands with his back to you for a long while, then picks the chair up.
    “…So, two more. Right?” #speaker:li
    -> wrapup
+ [“You're fifteen. Time to learn to stand on your own two feet instead of leaning on people.” #technique:advice #phase:closing #quality:harmful]
    A lecture at the moment he is most hurt proves his point that you are all the same. Anger at closing needs to be accepted and understood, not corrected. #feedback
    ~ trust = MAX(trust - 1, 0)
    “Yeah. I don't need anyone.” #speaker:li
    He storms out. The next time, it is his mother who talks him into coming.
    -> wrapup
+ [“Closing is agency policy. It's out of my hands. You have to understand.” #technique:information #phase:closing #quality:weak]
    Hiding behind policy is defensive: it pushes his feelings away and makes closing look unrelated to his progress. Accept his anger first, then explain that closing comes because he reached his goals. #feedback
    “Policy. Right.” #speaker:li
    He doesn't say another word for the rest of the session.
    -> wrapup

= wrapup
The last session.
+ [Give him your own phone number: “Anything at all, come straight to me. I'll be there whenever you need me.” #technique:information #phase:closing #quality:weak]
    “Whenever you need me” blurs the boundaries of a professional relationship and makes him depend on you alone. Closing should help him build his own support network (family, teachers, classmates, the team) and tell him he can come back to the centre if he needs to. #feedback
    He takes the number. For the next month he messages you nearly every night.
    -> followup.call
+ [Read out the list of his achievements yourself, point by point, and finish with: “Behave yourself from now on, and don't let everyone down.” #technique:advice #phase:closing #quality:weak]
    The review becomes your one-sided summary, and the parting advice puts him back in the role of someone being lectured. Review together: let him speak first, then add and affirm. #feedback
    “Got it.” #speaker:li
    -> followup.call
+ [Ask him first: “Looking back over these three months, what's the biggest change in you? What helped most?” Then add the progress you have seen. Together, make a “who to go to” card: Ms Chen, his deskmate Xiao Wang, Ah Jie and the team, his mum, and the centre's number. Tell him you will be in touch one week, one month and three months after closing, and that the school will keep an eye on his attendance. #technique:encouragement #phase:closing #quality:best]
    Let him speak first in the review, so he sees the progress as his own; then affirm his effort from your professional view. Hand him his support network: school, peer group, family. Spell out the follow-up, so he knows ending doesn't mean being dropped. #feedback
    “Biggest change… I get myself up in the morning now.” #speaker:li
    He thinks for a bit, then adds:
    “And I don't want to punch people so much.” #speaker:li
    He folds the card and tucks it into the inside pocket of his schoolbag.
    -> followup.call
+ [Fill in the closing form, write the closing record, and call it done. Skip the review and the goodbye, so he doesn't get upset again. #phase:closing #quality:weak]
    The closing record must be written, but closing is more than paperwork. Reviewing together, consolidating change, handling feelings about parting and saying where to turn next are all part of it. Skipping them to spare his feelings makes the ending feel even more abrupt. #feedback
    He pauses at the door as if there is something he wants to say, then leaves without a word.
    -> followup.call

// ─────────────────────────── FOLLOW-UP ────────────────────────────
=== followup ===

= call
A month after closing, you phone Xiao Li for the follow-up call you agreed. #phase:follow-up
{parents_engaged >= 1: A few days ago you ran into his mother on the estate. She said home has been much calmer.}
“Had another row with Dad last week, and didn't go to school the next day. But I went the day after. I called Ah Jie, and he shot hoops with me all evening.” #speaker:li
+ [“You missed one day after the row, then got yourself back on the next, and you remembered to call Ah Jie. Pulling yourself back like that isn't easy. If there's another row, what else do you think you could do?” #technique:encouragement #phase:follow-up #quality:best]
    Encouragement in follow-up recognises his ability to cope on his own, then invites him to plan for next time, which consolidates what he has learned. One small setback is not a relapse. #feedback
    “…Go to the youth room and hang out there? Or the court.” #speaker:li
    After the call you check his attendance for the month with Ms Chen: just that one day. You agree to check in again at three months, and the school will keep watching out for him.
    -> done
+ [“Good to hear you're OK. From now on, go to Ms Chen and Ah Jie if anything comes up. I won't be calling again.” #technique:suggestion #phase:closing #quality:weak]
    Follow-up usually comes about one week, one month and three months after closing, to consolidate change, mobilise the people around him and keep evaluating. Cut it short, and a slip goes unnoticed. #feedback
    At three months Ms Chen mentions that he went through a patch of missing several days in a row; luckily Ah Jie got him back on the court. With the follow-up you had agreed, that slip could have been spotted sooner.
    -> done
+ [“Another row with your dad? What was it about this time? Did he hit you afterwards? Was your mum there, and what did she say? Does Ms Chen know you missed that day? Have you been going in every day since then, or not?” #technique:clarification #phase:follow-up #quality:weak]
    A volley of closed questions, all about the row, missing what matters most: how he got himself back to school. In follow-up, look first at how he coped and what strengths he used. #feedback
    “…Forget it. It's nothing.” #speaker:li
    Only later, from Ms Chen, do you learn he missed just that one day this month.
    -> done
+ [“Missed school again? Looks like we closed too soon. We'll have to reopen the case right away.” #technique:advice #phase:follow-up #quality:weak]
    An overreaction. Missing one day and getting himself back the next shows he can cope; rushing to reopen tells him he can't. Reopening is for a sustained relapse or a new problem. #feedback
    “…Knew it. I'm still no good.” #speaker:li
    When you check with Ms Chen, he missed only that one day this month; there is no need to reopen. You agree to check in again at three months.
    -> done

= done
{
- parents_engaged >= 1: There are still rows at home, but his father has learned to start with “I…”, and his mother no longer writes him sick notes.
- else: Not much has changed at home. You note this in the closing record and ask the school and the residents' committee to keep an eye on things.
}
Three months after closing, Xiao Li is still going to school. Ms Chen says the school will keep watching his attendance, and on Saturdays you can often spot him on the basketball court. #ending:well-closed
-> END

// ─────────────────────── PREMATURE CLOSING ────────────────────────
=== closure ===

= premature
{ evaluated:
    You haven't told him in advance. Near the end of the session you say, “This is our last session.” #phase:closing
- else:
    No evaluation, no advance notice. Near the end of the session you say, “This is our last session.” #phase:closing
}
He blinks, then puts his earbuds back in.
“…Oh. Whatever. Don't care. Never did.” #speaker:li #reaction:denial
+ [“This is too sudden, and that's my fault for not telling you sooner. If you're willing, let's meet once more next week and look back properly at what we've done.” #technique:empathy #phase:closing #quality:good]
    Owning your oversight, accepting his reaction and offering a proper review is the best repair available now. But all this should have been prepared two or three sessions earlier. #feedback
    “…We'll see.” #speaker:li
    The next week, he doesn't come.
    -> after
+ [“You're not a kid any more. You can't lean on a social worker for ever.” #technique:advice #phase:closing #quality:harmful]
    He is hiding his hurt behind “whatever”, and you answer with a lecture that puts the blame for the sudden ending on him. Own the way it was handled and accept his feelings. #feedback
    He gets up and walks out without looking back.
    -> after
+ [“You're back at school now. Nothing to worry about.” #technique:encouragement #phase:closing #quality:weak]
    Empty reassurance that sidesteps the hurt behind his “whatever”, with no review and nothing done to consolidate the change. #feedback
    “Mm.” #speaker:li
    -> after

= after
Two weeks later, Ms Chen phones. #phase:follow-up
“Xiao Li has missed three days this week, and yesterday he was shoving someone around at the school gate. Didn't you people close his case?” #speaker:teacher
+ [Tell Ms Chen you will contact Xiao Li and his parents straight away to find out what is going on, reopen the case if needed, and make up the evaluation and closing preparation that were skipped. #phase:follow-up #quality:good]
    One purpose of follow-up is to catch a relapse early. Reassessing and, if needed, reopening the case is the responsible response. But had the work been evaluated and the closing announced in advance, this relapse might well have been avoided. #feedback
    You go round to his home. He opens the door and looks at you.
    “Thought you were done with me?” #speaker:li
    -> finish
+ [“That case is closed. The school will have to deal with it under its own rules.” #phase:follow-up #quality:harmful]
    Closing a case is not washing your hands of it. Follow-up exists to catch exactly this kind of relapse; pushing it back onto the school may well see him sanctioned, transferred and eased out of school altogether. #feedback
    Ms Chen is silent for a moment, then hangs up.
    -> finish
+ [Ask Ms Chen to give him a formal warning first to teach him a lesson, and wait for him to come to you. #phase:follow-up #quality:weak]
    A sanction may “teach him a lesson”, but it does nothing about why he slid back. When follow-up reveals a relapse, contact him and his family yourself and reassess. #feedback
    He never comes to you.
    -> finish

= finish
After a hurried ending, a case that had begun to turn around has slid back to where it started. #ending:premature-close
-> END

// ──────────────────────────── DROPPED OUT ─────────────────────────
=== dropped ===

= gone
After that, Xiao Li stops coming. On Wednesday afternoon you sit alone in the youth room.
His mother tells you on the phone that he goes out during the day, comes back late at night, and won't answer any questions.
+ [He has missed two sessions in a row and doesn't answer calls or messages, which shows he no longer needs the service. Respect his choice: no further contact, give his place to a young person on the waiting list, and just note the situation clearly in the record. #phase:intervention #quality:weak]
    He has probably stopped coming not because he doesn't need help but because he has given up on the relationship. The problems are still there, and so is Big Qiang's pull. A social worker reaches out and leaves a door open. #feedback
    -> looking_back
+ [Call and message him every day for days on end, and tell his mother she must bring him in. #phase:intervention #quality:harmful]
    The harder you chase, the more controlled he feels, and the more the relationship hardens. Voluntary participation underpins the professional relationship: you can show you care and keep the door open, but you can't force him to come. #feedback
    He blocks your number.
    -> looking_back
+ [Ask Ms Zhou and his mother to pass on a message, and send him a short text: “About last time: I get why you're angry. I'm still in the youth room on Wednesday afternoons. Come if you want. If you don't feel like talking, come and shoot some hoops.” #technique:empathy #phase:intervention #quality:best]
    When a client withdraws, don't chase and don't give up: acknowledge his feelings, leave the door open, and let him decide whether to come back. #feedback
    Two days later he replies with one word: “OK.” But he still doesn't come.
    -> looking_back

= looking_back
A month passes and he still hasn't come back. You need to decide what to do with the case. #phase:evaluation
+ [Write in the record: “Client uncooperative; dropped out of his own accord.” #phase:evaluation #quality:harmful]
    That is an inference, and it puts all the blame on him. A case record states the facts first (when he stopped coming and after what), then the inference, and reflects on the worker's own part in the relationship. #feedback
    -> wind_down
+ [Go through the service records with your supervisor and evaluate the work: what it achieved, where it went wrong (especially your own mistakes in the relationship), and what risks he still faces. Write the evaluation into the record, facts first, inferences after. #phase:evaluation #quality:best]
    Evaluation isn't skipped just because the client left early: what changed, what didn't, and why, all go honestly into the record. Facts first, inferences after, and face your own mistakes squarely. #feedback
    -> wind_down
+ [He has dropped out, so an evaluation can't include him and wouldn't tell you much. Skip it: tidy up the service records and session notes, file the case under the drop-out procedure, and put the time you save into the cases that are still waiting for a worker, some of them for weeks. #phase:closing #quality:weak]
    Closing without evaluation is a common process error. A case that ends early still needs evaluating: what worked and what didn't, so there is something to go on if it is handed over or reopened. #feedback
    -> wind_down

= wind_down
You decide to close the case. #phase:closing
+ [Close and file the case without telling him or his family. #phase:closing #quality:harmful]
    A silent closure is one more abandonment for a boy who already believes adults just walk away. Closing means telling him, reviewing, and leaving a way back. #feedback
    -> later
+ [Write him a short letter, passed on by his mother: the work is pausing here; this is what he achieved; if he ever wants someone to talk to, he can come back to the centre any time. Agree with Ms Zhou and Ah Jie that the basketball team stays open to him, and ask Ms Zhou to check how he is doing in a month. #technique:information #phase:closing #quality:best]
    Even when a client drops out, closing needs proper handling: recognise what he achieved, explain how to seek help again, leave him the community's support (the team, the residents' committee), and arrange follow-up. #feedback
    -> later
+ [Have his mother tell him: “Places at the centre are tight, and there are several kids on the waiting list. If you don't come next Wednesday, we'll take it you've given up, and the centre's finished with you. If you want to come back later, you'll have to apply and queue all over again, and there may not be a place. Those are the centre's rules; it's out of my hands.” #technique:advice #phase:closing #quality:weak]
    Using “we're finished with you” as pressure turns advice into a threat. He should know why the service is pausing, and that he can always come back. #feedback
    -> later

= later
Another month goes by. #phase:follow-up
Ms Zhou says that on several Saturdays lately she has seen Xiao Li standing at the edge of the community court, watching the others play.
+ [Go to the pool hall yourself: tell him face to face that everyone is still waiting for him and the team is keeping his place, try to talk him into coming back, and see who he is hanging around with now. #phase:follow-up #quality:weak]
    The concern is real, but barging into his world to persuade him will humiliate him in front of Big Qiang's lot and ignores his choice. Staying in touch through people and places he chooses (Ah Jie, the court) is better. #feedback
    -> finish
+ [Ask Ms Zhou to pass on your regards, and tell Ah Jie he's welcome to join in any time he likes. Let his mother know the case can be reopened whenever he is ready. #phase:follow-up #quality:best]
    Follow-up means mobilising the people around him and keeping an eye on how he is doing, without pushing. That figure at the edge of the court shows the community's support is still working. #feedback
    -> finish
+ [The case is closed. No need to ask after him any more. #phase:closing #quality:weak]
    Follow-up after closing catches relapses early and consolidates change. Him hanging about at the edge of the court is exactly the moment community resources can reach him. #feedback
    -> finish

= finish
Xiao Li never comes back to the centre. The relationship broke just when trust mattered most, and it didn't have to. #ending:dropped-out
-> END

// ──────────────────────────── TRANSFERRED ─────────────────────────
=== transfer ===

= request
He gets up and heads for the door, then stops.
“I don't want to talk to you any more. If I have to talk to someone, get someone else.” #speaker:li
He misses the next two sessions. His mother says he has agreed to see you one last time.
+ [“The way I asked you last time made you feel watched and sold out. I handled that badly. You said you wanted someone else, and I've thought about it seriously. I respect that. Would you tell me what kind of person you'd find easier to talk to?” #technique:empathy #technique:clarification #phase:intervention #quality:best]
    When the relationship isn't working, accept his feelings, own your mistake and respect his wishes. Asking what kind of worker he would prefer prepares the handover and hands the choice to him. #feedback
    “…Lin, maybe. He comes to basketball sometimes. He doesn't keep asking stuff.” #speaker:li
    -> assess
+ [“Changing workers won't help. The problem is you.” #technique:confrontation #phase:intervention #quality:harmful]
    That is blame, not confrontation, and it comes when the relationship is at its most fragile. When a relationship goes wrong, the worker looks at their own practice first rather than blaming the client. #feedback
    “Then there's even less to talk about.” #speaker:li
    In the end it is his mother who passes on the message: he will only talk to Lin, who often helps out at basketball.
    -> assess
+ [“Switching workers isn't that simple. Lin already has a dozen kids, and you'd have to start from scratch with him. We've hit a bit of a bump, that's all; once we talk it through it'll be fine. Don't be silly. Same time next Wednesday, and we'll sort out what happened last time.” #technique:advice #phase:intervention #quality:weak]
    Brushing his request off as silliness treats him as someone who can't decide for himself. A client asking for a different worker is a clear sign the relationship isn't working; take it seriously and work it out together. #feedback
    He doesn't come next Wednesday. His mother passes on the message: he will only talk to Lin, who often helps out at basketball.
    -> assess

= assess
You talk it through with your supervisor. #phase:evaluation
“Before any handover, take stock of the work: what it achieved, what it didn't, and where it went wrong.” #speaker:supervisor
+ [Skip the handover summary: give Lin the raw session notes and the scales and let him get to know Xiao Li from scratch, so that he isn't coloured by your views of the boy and your mistakes, and the two of them can make a genuinely fresh start together. #phase:evaluation #quality:weak]
    Without an evaluation or summary, Lin has to start from scratch and Xiao Li has to tell his story all over again. Case records exist precisely to support referral and handover. #feedback
    -> handover
+ [Evaluate progress against the service plan (days at school, family sessions, the basketball team): what is moving and what isn't yet achieved. Record honestly where the relationship broke down. Put it together as a handover summary, facts first. #phase:evaluation #quality:best]
    Evaluation comes before a transfer too: whoever takes over needs to know what worked, which goals are still in progress, and how the relationship went wrong, so it doesn't happen again. Facts first, inferences after. #feedback
    -> handover
+ [Write “client resistant and uncooperative” in the summary and hand it over. #phase:evaluation #quality:harmful]
    One word, “resistant”, puts all the blame on him and prejudices your colleague before they start. A handover summary records facts, progress and the problems in the relationship honestly, including your own part. #feedback
    -> handover

= handover
Your supervisor agrees that your colleague Lin will take over. #phase:closing
+ [With Xiao Li's consent, arrange a three-way meeting: you, Lin and Xiao Li. Go through the current plan and progress, and tell him that what is ending is your working relationship with him, not the service: the family sessions and the basketball team carry on as before. #phase:closing #quality:best #close-reason:relationship]
    A professional relationship that isn't working is a legitimate reason to close. What's needed is a responsible handover: his consent, a three-way meeting, a clear account of the plan and progress, so the service doesn't break off. #feedback
    “…OK.” #speaker:li
    He looks at Lin, then at you.
    “That time before… it wasn't all your fault.” #speaker:li
    -> check
+ [Hand the file and the handover summary straight to Lin, brief him on the key points over the phone, and let him go and find Xiao Li himself: Xiao Li is angry with you, and if you turn up again he may well take against the new worker too, before they've even met. Lin has done plenty of handovers; he's better placed than you. #phase:closing #quality:weak #close-reason:relationship]
    With no face-to-face handover, Xiao Li doesn't know what happens next, and Lin starts from a pile of paperwork. Ending a working relationship needs an explanation and a goodbye. #feedback
    -> check
+ [He doesn't want to talk to me, so the case ends here. No need to pass it on to anyone. #phase:closing #quality:harmful #close-reason:relationship]
    If the relationship doesn't fit, your part can end, but his needs remain: school, home, Big Qiang's pull are all still there. Pass the case to a suitable colleague; don't let the service lapse. #feedback
    Your supervisor says no: “If the relationship doesn't fit, change the worker, not the service.” In the end Lin takes over.
    -> check

= check
A month later. #phase:follow-up
+ [It's been handed over. Nothing more to do. #phase:closing #quality:weak]
    A handover isn't the end of your responsibility. Meeting the colleague a month later to check the service is in place and the records are complete is how you see it through. #feedback
    You hear later that after Lin took over, Xiao Li gradually settled down.
    -> finish
+ [Meet Lin to hear how Xiao Li is doing since the handover and fill in any missing information, but don't go round Lin to contact Xiao Li directly. #phase:follow-up #quality:best]
    Follow-up after a handover checks that the service has really been picked up, while respecting the new working relationship and not going over your colleague's head. #feedback
    “He asked me to shoot hoops with him last week, and the family sessions are back on.” #speaker:colleague
    -> finish
+ [Message Xiao Li privately now and then to ask how school is going and whether things are calmer at home, so he knows you still care, without telling Lin. #phase:follow-up #quality:weak]
    Well meant, but it gets in the way of the new relationship with Lin and blurs boundaries. Follow-up should go through the colleague who took over. #feedback
    Xiao Li never replies. Lin says his attendance has been fairly steady lately.
    -> finish

= finish
The case didn't finish with you. Xiao Li has a different worker now, and he is still moving forward. #ending:transferred
-> END

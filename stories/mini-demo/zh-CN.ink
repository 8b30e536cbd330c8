# title: 测试小案例
# summary: 用于单元测试的最小情境。
# minutes: 2
# lang: zh-CN
# difficulty: 1
# cast: client=服务对象; worker=你
VAR trust = 0
-> intake
=== intake ===
你走进服务对象的家。 #phase:intake
“你是谁？” #speaker:client
+ [“您愿意说说最近的情况吗？” #technique:listening #phase:intake #quality:best]
  开放式提问，让服务对象自己讲。 #feedback
  ~ trust = MIN(trust + 1, 2)
  -> assessment
+ [“我们直接给您定个计划吧。” #technique:suggestion #phase:planning #quality:harmful]
  还没预估就提计划。 #feedback
  -> assessment
+ [“您是不是很孤单？” #technique:empathy #technique:clarification #phase:intake #quality:weak]
  封闭式提问。 #feedback
  -> assessment
=== assessment ===
{trust > 0: “好吧，我说说。”|“没什么好说的。”} #speaker:client #phase:assessment
+ [“我们一起看看您身边有哪些支持。” #technique:clarification #phase:assessment #quality:good]
  收集资料。 #feedback
  -> planning
+ [“我来结案吧。” #phase:closing #quality:harmful]
  没有介入和评估就结案。 #feedback
  “那你走吧。” #speaker:client #ending:premature-close
  -> END
+ [转介到医院的长期照护服务。 #phase:intake #quality:good #referral #close-reason:new-needs]
  转介合理：超出本机构服务范围。 #feedback
  -> referred
=== referred ===
+ [向服务对象说明转介并结案。 #phase:closing #quality:best]
  说明原因并做好衔接。 #feedback
  “谢谢你。” #speaker:client #ending:referred
  -> END
=== planning ===
#phase:planning
+ [“我们一起定一个目标好吗？” #technique:suggestion #phase:planning #quality:best]
  与服务对象共同制定目标。 #feedback
  -> closing
+ [“我已经替您定好了目标。” #technique:advice #phase:planning #quality:harmful]
  替服务对象定目标。 #feedback
  -> closing
=== closing ===
时间过去了三个月。 #phase:closing
+ [“下个月我们会结案，我们一起回顾一下。” #technique:summarising #phase:closing #quality:best #close-form:direct #close-reason:goals-met]
  提前预告结案。 #feedback
  -> follow
+ [“今天就是最后一次了。” #phase:closing #quality:weak]
  突然结案。 #feedback
  “好吧。” #speaker:client #ending:abrupt
  -> END
=== follow ===
+ [一个月后电话回访。 #phase:follow-up #quality:best]
  按时跟进。 #feedback
  “我挺好的。” #speaker:client #ending:well-closed
  -> END
+ [不再联系。 #phase:follow-up #quality:harmful]
  没有跟进。 #feedback
  #ending:no-follow-up
  -> END

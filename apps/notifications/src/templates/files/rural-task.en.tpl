subject: New task: new-rural criteria of {{communeCode | unit}}, step "{{to | ruralStage}}", {{dueAt | deadline}}
--- text
Dear {{recipientName}},

A new task is waiting in the appraisal of criteria 4 (electricity) and 7 (rural commercial infrastructure):
Unit: {{communeCode | unit}} ({{level | ruralLevel}}, {{targetYear}})
Step: {{to | ruralStage}}
Due: {{dueAt | datetime}}
Note: {{note | optional}}
--- html
<p>Dear {{recipientName}},</p>
<p>A new task is waiting in the appraisal of criteria 4 (electricity) and 7 (rural commercial infrastructure):</p>
<ul>
<li>Unit: <strong>{{communeCode | unit}}</strong> ({{level | ruralLevel}}, {{targetYear}})</li>
<li>Step: {{to | ruralStage}}</li>
<li>Due: <strong>{{dueAt | datetime}}</strong></li>
<li>Note: {{note | optional}}</li>
</ul>

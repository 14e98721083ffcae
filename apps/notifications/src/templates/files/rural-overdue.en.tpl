subject: Overdue: step "{{stage | ruralStage}}" of the new-rural appraisal of {{communeCode | unit}}
--- text
Dear {{recipientName}},

The step "{{stage | ruralStage}}" of the {{level | ruralLevel}} appraisal ({{targetYear}}) of {{communeCode | unit}} passed its deadline ({{dueAt | datetime}}) and is escalated to you.
--- html
<p>Dear {{recipientName}},</p>
<p>The step <strong>"{{stage | ruralStage}}"</strong> of the {{level | ruralLevel}} appraisal ({{targetYear}}) of <strong>{{communeCode | unit}}</strong> passed its deadline ({{dueAt | datetime}}) and is escalated to you.</p>

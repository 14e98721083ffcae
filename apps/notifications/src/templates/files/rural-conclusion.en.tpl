subject: Conclusion on criteria 4 and 7 for {{communeCode | unit}}: {{outcome | verdict}}
--- text
Dear {{recipientName}},

The Department issued conclusion no. {{conclusionNumber}} on {{concludedAt | datetime}} on criteria 4 (electricity) and 7 (rural commercial infrastructure) of {{communeCode | unit}}, {{level | ruralLevel}}, {{targetYear}}.
Outcome: {{outcome | verdict}}.
It is sent to the provincial new-rural coordination office.
--- html
<p>Dear {{recipientName}},</p>
<p>The Department issued conclusion no. <strong>{{conclusionNumber}}</strong> on {{concludedAt | datetime}} on criteria 4 (electricity) and 7 (rural commercial infrastructure) of <strong>{{communeCode | unit}}</strong>, {{level | ruralLevel}}, {{targetYear}}.</p>
<p>Outcome: <strong>{{outcome | verdict}}</strong>.</p>
<p>It is sent to the provincial new-rural coordination office.</p>

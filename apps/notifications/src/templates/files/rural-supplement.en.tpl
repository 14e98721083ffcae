subject: More evidence requested for the new-rural criteria of {{communeCode | unit}}, by {{dueDate | date}}
--- text
Dear {{recipientName}},

The Department asks {{communeCode | unit}} for more evidence for the {{level | ruralLevel}} appraisal of {{targetYear}}:
{{#each items}}- {{code}}: {{reasonVi}}
{{/each}}
Due: {{dueDate | date}}.
--- html
<p>Dear {{recipientName}},</p>
<p>The Department asks <strong>{{communeCode | unit}}</strong> for more evidence for the {{level | ruralLevel}} appraisal of {{targetYear}}:</p>
<ul>
{{#each items}}<li>{{code}}: {{reasonVi}}</li>
{{/each}}</ul>
<p>Due: <strong>{{dueDate | date}}</strong>.</p>

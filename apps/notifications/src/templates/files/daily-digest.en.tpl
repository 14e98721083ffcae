subject: Your tasks on {{day | date}}: {{overdueCount}} overdue, {{dueCount}} due
--- text
Dear {{recipientName}},

Your tasks on {{day | date}}.

Overdue ({{overdueCount}}):
{{#each overdue}}- {{dossierCode}}, step "{{stage | stage}}", due {{dueAt | datetime}}
{{/each}}
Due today or tomorrow ({{dueCount}}):
{{#each due}}- {{dossierCode}}, step "{{stage | stage}}", due {{dueAt | datetime}}
{{/each}}
--- html
<p>Dear {{recipientName}},</p>
<p>Your tasks on {{day | date}}.</p>
<p><strong>Overdue ({{overdueCount}})</strong></p>
<ul>
{{#each overdue}}<li>{{dossierCode}}, step "{{stage | stage}}", due {{dueAt | datetime}}</li>
{{/each}}</ul>
<p><strong>Due today or tomorrow ({{dueCount}})</strong></p>
<ul>
{{#each due}}<li>{{dossierCode}}, step "{{stage | stage}}", due {{dueAt | datetime}}</li>
{{/each}}</ul>

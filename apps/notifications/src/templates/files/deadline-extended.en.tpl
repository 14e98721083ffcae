subject: Dossier {{dossierCode}}: the step "{{stage | stage}}" extended by {{workingDays}} working days
--- text
Dear {{recipientName}},

The time limit of the step "{{stage | stage}}" for dossier {{dossierCode}} was extended by {{workingDays}} working days on {{extendedAt | datetime}}.
Reason: {{reason}}
New time limit: {{dueAt | deadline}}
--- html
<p>Dear {{recipientName}},</p>
<p>The time limit of the step <strong>"{{stage | stage}}"</strong> for dossier <strong>{{dossierCode}}</strong> was extended by {{workingDays}} working days on {{extendedAt | datetime}}.</p>
<ul>
<li>Reason: {{reason}}</li>
<li>New time limit: {{dueAt | deadline}}</li>
</ul>

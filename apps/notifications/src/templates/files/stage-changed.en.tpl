subject: Dossier {{dossierCode}} moved to "{{to | stage}}"
--- text
Dear {{recipientName}},

Dossier {{dossierCode}} moved to the step "{{to | stage}}" on {{changedAt | datetime}}.
Previous step: {{from | stage}}
Time limit for this step: {{dueAt | deadline}}
Officer's note: {{note | optional}}

Follow your dossier: {{link}}
--- html
<p>Dear {{recipientName}},</p>
<p>Dossier <strong>{{dossierCode}}</strong> moved to the step <strong>"{{to | stage}}"</strong> on {{changedAt | datetime}}.</p>
<ul>
<li>Previous step: {{from | stage}}</li>
<li>Time limit for this step: {{dueAt | deadline}}</li>
<li>Officer's note: {{note | optional}}</li>
</ul>

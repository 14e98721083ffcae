subject: New task: dossier {{dossierCode}}, step "{{stage | stage}}", {{dueAt | deadline}}
--- text
Dear {{recipientName}},

A new task is waiting in the inbox of unit {{addressee.unitCode}}:
Dossier: {{dossierCode}}
Step: {{stage | stage}}
Due: {{dueAt | datetime}}
--- html
<p>Dear {{recipientName}},</p>
<p>A new task is waiting in the inbox of unit {{addressee.unitCode}}:</p>
<ul>
<li>Dossier: <strong>{{dossierCode}}</strong></li>
<li>Step: {{stage | stage}}</li>
<li>Due: <strong>{{dueAt | datetime}}</strong></li>
</ul>

subject: Dossier {{dossierCode}} withdrawn
--- text
Dear {{recipientName}},

Dossier {{dossierCode}} was withdrawn at your request on {{withdrawnAt | datetime}} and will not be processed further.
Reason given: {{reason | optional}}
--- html
<p>Dear {{recipientName}},</p>
<p>Dossier <strong>{{dossierCode}}</strong> was withdrawn at your request on {{withdrawnAt | datetime}} and will not be processed further.</p>
<p>Reason given: {{reason | optional}}</p>

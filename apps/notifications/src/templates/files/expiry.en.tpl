subject: Dossier {{dossierCode}} closed: the supplement did not arrive in time
--- text
Dear {{recipientName}},

Dossier {{dossierCode}} was closed on {{decidedAt | datetime}} because the requested documents did not arrive in time.
Note: {{reason}}
You may submit a new dossier once the documents are ready.
--- html
<p>Dear {{recipientName}},</p>
<p>Dossier <strong>{{dossierCode}}</strong> was closed on {{decidedAt | datetime}} because the requested documents did not arrive in time.</p>
<p>Note: {{reason}}</p>
<p>You may submit a new dossier once the documents are ready.</p>

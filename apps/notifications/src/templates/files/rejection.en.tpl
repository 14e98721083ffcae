subject: Dossier {{dossierCode}} was not approved
--- text
Dear {{recipientName}},

Dossier {{dossierCode}} was not approved for support (decided {{decidedAt | datetime}}).
Reason: {{reason}}
--- html
<p>Dear {{recipientName}},</p>
<p>Dossier <strong>{{dossierCode}}</strong> was not approved for support (decided {{decidedAt | datetime}}).</p>
<p>Reason: {{reason}}</p>

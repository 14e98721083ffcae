subject: Dossier {{dossierCode}} was not accepted
--- text
Dear {{recipientName}},

NOTICE OF REFUSAL (Form 03)

Dossier {{dossierCode}} was refused on {{decidedAt | datetime}}.
Reason: {{reason}}
--- html
<p>Dear {{recipientName}},</p>
<p><strong>NOTICE OF REFUSAL</strong> (Form 03)</p>
<p>Dossier <strong>{{dossierCode}}</strong> was refused on {{decidedAt | datetime}}.</p>
<p>Reason: {{reason}}</p>

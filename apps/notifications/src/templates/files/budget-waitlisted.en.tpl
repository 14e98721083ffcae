subject: Dossier {{dossierCode}} is waiting for {{year}} budget
--- text
Dear {{recipientName}},

The Department's leader has considered dossier {{dossierCode}} for approval, but the programme's {{year}} industrial promotion budget cannot fund {{amountVnd | money}} yet.
The dossier has been on the wait-list since {{waitlistedAt | datetime}}, in place {{position}}.
Money is allotted in order of approval; you will receive the approval notice when your dossier is funded.
--- html
<p>Dear {{recipientName}},</p>
<p>The Department's leader has considered dossier <strong>{{dossierCode}}</strong> for approval, but the programme's {{year}} industrial promotion budget cannot fund <strong>{{amountVnd | money}}</strong> yet.</p>
<p>The dossier has been on the wait-list since {{waitlistedAt | datetime}}, in place <strong>{{position}}</strong>.</p>
<p>Money is allotted in order of approval; you will receive the approval notice when your dossier is funded.</p>

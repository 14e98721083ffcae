subject: Receipt for dossier {{dossierCode}}: received, result expected on {{expectedResultDate | date}}
--- text
Dear {{recipientName}},

RECEIPT AND APPOINTMENT FOR THE RESULT (Form 01)

The Industrial Promotion Center has received the support request of {{applicantName}}.
Dossier code: {{dossierCode}}
Submitted: {{submittedAt | datetime}}
Expected result date: {{expectedResultDate | date}}

You can follow the dossier with its code at {{link}}.
--- html
<p>Dear {{recipientName}},</p>
<p><strong>RECEIPT AND APPOINTMENT FOR THE RESULT</strong> (Form 01)</p>
<p>The Industrial Promotion Center has received the support request of {{applicantName}}.</p>
<ul>
<li>Dossier code: <strong>{{dossierCode}}</strong></li>
<li>Submitted: {{submittedAt | datetime}}</li>
<li>Expected result date: <strong>{{expectedResultDate | date}}</strong></li>
</ul>

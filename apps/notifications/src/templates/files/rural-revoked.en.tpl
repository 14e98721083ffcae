subject: Recognition on the new-rural criteria of {{communeCode | unit}} revoked
--- text
Dear {{recipientName}},

The {{level | ruralLevel}} recognition ({{targetYear}}) of {{communeCode | unit}} on criteria 4 and 7 was revoked on {{revokedAt | datetime}}.
Reason: {{reason | optional}}
--- html
<p>Dear {{recipientName}},</p>
<p>The {{level | ruralLevel}} recognition ({{targetYear}}) of <strong>{{communeCode | unit}}</strong> on criteria 4 and 7 was revoked on {{revokedAt | datetime}}.</p>
<p>Reason: {{reason | optional}}</p>

subject: Thu hồi công nhận tiêu chí nông thôn mới của {{communeCode | unit}}
short: Khuyến công: công nhận {{level | ruralLevel}} của {{communeCode | unit}} bị thu hồi do không còn đáp ứng tiêu chí.
--- text
Kính gửi {{recipientName}},

Công nhận {{level | ruralLevel}} năm {{targetYear}} của {{communeCode | unit}} đối với tiêu chí số 4 và số 7 đã bị thu hồi vào {{revokedAt | datetime}}.
Lý do: {{reason | optional}}
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Công nhận {{level | ruralLevel}} năm {{targetYear}} của <strong>{{communeCode | unit}}</strong> đối với tiêu chí số 4 và số 7 đã bị thu hồi vào {{revokedAt | datetime}}.</p>
<p>Lý do: {{reason | optional}}</p>

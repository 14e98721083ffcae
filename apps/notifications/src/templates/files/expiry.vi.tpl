subject: Hồ sơ {{dossierCode}} dừng xử lý do quá hạn bổ sung
short: Khuyến công: hồ sơ {{dossierCode}} dừng xử lý do quá hạn bổ sung.
--- text
Kính gửi {{recipientName}},

Hồ sơ {{dossierCode}} đã dừng xử lý vào {{decidedAt | datetime}} vì chưa nhận được hồ sơ bổ sung đúng hạn.
Ghi chú: {{reason}}
Quý vị có thể nộp hồ sơ mới khi đã đủ giấy tờ.
--- html
<p>Kính gửi {{recipientName}},</p>
<p>Hồ sơ <strong>{{dossierCode}}</strong> đã dừng xử lý vào {{decidedAt | datetime}} vì chưa nhận được hồ sơ bổ sung đúng hạn.</p>
<p>Ghi chú: {{reason}}</p>
<p>Quý vị có thể nộp hồ sơ mới khi đã đủ giấy tờ.</p>

subject: Hồ sơ {{dossierCode}} không được tiếp nhận
short: Khuyến công: hồ sơ {{dossierCode}} không được tiếp nhận. Lý do xem trên cổng Khuyến công.
--- text
Kính gửi {{recipientName}},

PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ (Mẫu 03)

Hồ sơ {{dossierCode}} không được tiếp nhận, giải quyết vào {{decidedAt | datetime}}.
Lý do: {{reason}}
--- html
<p>Kính gửi {{recipientName}},</p>
<p><strong>PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ</strong> (Mẫu 03)</p>
<p>Hồ sơ <strong>{{dossierCode}}</strong> không được tiếp nhận, giải quyết vào {{decidedAt | datetime}}.</p>
<p>Lý do: {{reason}}</p>

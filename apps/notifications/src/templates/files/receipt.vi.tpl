subject: Biên nhận hồ sơ {{dossierCode}}: đã tiếp nhận, hẹn trả kết quả ngày {{expectedResultDate | date}}
short: Khuyến công: đã tiếp nhận hồ sơ {{dossierCode}}, hẹn trả kết quả {{expectedResultDate | date}}.
--- text
Kính gửi {{recipientName}},

GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ (Mẫu 01)

Trung tâm Khuyến công đã tiếp nhận hồ sơ đề nghị hỗ trợ của {{applicantName}}.
Mã hồ sơ: {{dossierCode}}
Thời điểm nộp: {{submittedAt | datetime}}
Ngày hẹn trả kết quả: {{expectedResultDate | date}}

Quý vị có thể tra cứu tình trạng hồ sơ bằng mã hồ sơ tại {{link}}.
--- html
<p>Kính gửi {{recipientName}},</p>
<p><strong>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</strong> (Mẫu 01)</p>
<p>Trung tâm Khuyến công đã tiếp nhận hồ sơ đề nghị hỗ trợ của {{applicantName}}.</p>
<ul>
<li>Mã hồ sơ: <strong>{{dossierCode}}</strong></li>
<li>Thời điểm nộp: {{submittedAt | datetime}}</li>
<li>Ngày hẹn trả kết quả: <strong>{{expectedResultDate | date}}</strong></li>
</ul>

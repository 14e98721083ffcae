import type { Role } from '@kc/domain';

/** Demo people: one per role (three council members), each in the unit that role works in (names are invented). */
export const demoAccounts: ReadonlyArray<{ email: string; fullName: string; roles: Role[]; unitCode: string | null }> =
  [
    {
      email: 'chu.co.so@khuyencong.test',
      fullName: 'Nguyễn Văn An (Cơ sở cơ khí An Phát)',
      roles: ['APPLICANT'],
      unitCode: null,
    },
    { email: 'can.bo.xa@khuyencong.test', fullName: 'Trần Thị Bình', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' },
    {
      email: 'tham.dinh@khuyencong.test',
      fullName: 'Lê Minh Châu',
      roles: ['DEPARTMENT_APPRAISER'],
      unitCode: 'DN-SCT',
    },
    { email: 'lanh.dao.xa@khuyencong.test', fullName: 'Đỗ Văn Khánh', roles: ['LOCAL_LEADER'], unitCode: 'X-XUAN-LOC' },
    // Three council members (the support-approval council and the OCOP council): a 2/3 quorum and
    // conflicts of interest can be shown.
    { email: 'hoi.dong@khuyencong.test', fullName: 'Phạm Quốc Dũng', roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' },
    { email: 'hoi.dong.2@khuyencong.test', fullName: 'Ngô Thị Mai', roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' },
    { email: 'hoi.dong.3@khuyencong.test', fullName: 'Bùi Văn Nam', roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' },
    { email: 'lanh.dao@khuyencong.test', fullName: 'Hoàng Thị Hạnh', roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' },
    { email: 'van.hanh@khuyencong.test', fullName: 'Võ Thanh Khoa', roles: ['OPERATOR'], unitCode: 'DN-TTKC' },
    { email: 'quan.tri@khuyencong.test', fullName: 'Đặng Thu Lan', roles: ['ADMIN'], unitCode: 'DN-SCT' },
  ];

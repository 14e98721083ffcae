// OCOP (Mỗi xã một sản phẩm / One Commune One Product): rule packs, score sheets, council results, certificates.
export * from './points';
export * from './star-bands';
export * from './ocop-pack';
export * from './product-groups';
export * from './ocop-packs';
export * from './ocop-pack-in-force';
export * from './score-criteria';
export * from './score-template';
export * from './score-sheet';
export * from './ocop-messages';
export * from './council-quorum';
export * from './routing';
export * from './council-sheets';
export * from './mandatory-criteria';
export * from './evaluate-council';
export * from './certificate';
export * from './ocop-pack-for-registration';

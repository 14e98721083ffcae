export const OCOP_CONFIG = Symbol('OCOP_CONFIG');

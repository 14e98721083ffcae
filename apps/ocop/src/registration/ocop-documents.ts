// The dossier's document kinds are domain data (the web app's registration form reads the same table).
export { ocopDocumentKinds, requiredDocuments, type OcopDocumentKind } from '@kc/domain';

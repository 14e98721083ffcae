import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthModule } from '@kc/auth';
import { PlatformModule } from '@kc/platform';
import { APPLICATIONS_CONFIG } from './applications-config.token';
import { config } from './config';
import { LocalDiskStorage } from './documents';
import { DOCUMENT_STORAGE } from './dossiers/document-storage.token';
import { DocumentDownloadService } from './dossiers/document-download.service';
import { DocumentRemovalService } from './dossiers/document-removal.service';
import { DocumentUploadService } from './dossiers/document-upload.service';
import { DossierDocumentsController } from './dossiers/dossier-documents.controller';
import { DossierLifecycleController } from './dossiers/dossier-lifecycle.controller';
import { DossierSubmissionController } from './dossiers/dossier-submission.controller';
import { DossierViews } from './dossiers/dossier-views.service';
import { DossierCodeAllocator } from './dossiers/dossier-code.allocator';
import { DossiersController } from './dossiers/dossiers.controller';
import { OfficerDossiersController } from './dossiers/officer-dossiers.controller';
import { DossiersRepository } from './dossiers/dossiers.repository';
import { DraftsService } from './dossiers/drafts.service';
import { ReferenceData } from './dossiers/reference-data';
import { SubmitService } from './dossiers/submit.service';
import { SupplementAnswerService } from './dossiers/supplement-answer.service';
import { WithdrawalService } from './dossiers/withdrawal.service';
import { PublicLookupController } from './lookup/public-lookup.controller';
import { ProgramsController } from './programs/programs.controller';
import { UnitsController } from './programs/units.controller';
import { AppraisalEventsController } from './projection/appraisal-events.controller';
import { CouncilSeatsController } from './projection/council-seats.controller';
import { serviceDefinition } from './service.definition';

@Module({
  imports: [
    PlatformModule.forService(serviceDefinition, config),
    AuthModule.forRoot(config),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: config.PUBLIC_LOOKUP_PER_MINUTE }]),
  ],
  controllers: [
    ProgramsController,
    UnitsController,
    DossiersController,
    DossierDocumentsController,
    DossierSubmissionController,
    DossierLifecycleController,
    OfficerDossiersController,
    PublicLookupController,
    AppraisalEventsController,
    CouncilSeatsController,
  ],
  providers: [
    { provide: APPLICATIONS_CONFIG, useValue: config },
    {
      provide: DOCUMENT_STORAGE,
      useFactory: () => new LocalDiskStorage(config.DOCUMENTS_DIR, { maxBytes: config.MAX_UPLOAD_BYTES }),
    },
    ReferenceData,
    DossiersRepository,
    DossierCodeAllocator,
    DossierViews,
    DraftsService,
    DocumentUploadService,
    DocumentDownloadService,
    DocumentRemovalService,
    SubmitService,
    SupplementAnswerService,
    WithdrawalService,
  ],
})
export class AppModule {}

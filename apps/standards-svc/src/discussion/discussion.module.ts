import { Module } from '@nestjs/common';
import { AgreementModule } from '../agreement/agreement.module';
import { StandardsModule } from '../standards/standards.module';
import { DiscussionController } from './discussion.controller';
import { DiscussionService } from './discussion.service';

@Module({
  imports: [StandardsModule, AgreementModule],
  controllers: [DiscussionController],
  providers: [DiscussionService],
})
export class DiscussionModule {}

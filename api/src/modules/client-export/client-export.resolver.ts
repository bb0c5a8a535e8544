/**
 * Signed links to a client's data export, for `<a href>` downloads from the widgets and the
 * dashboard (the archive itself is plain HTTP: client-export.routes.ts).
 */
import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { rules, validate } from '../../shared/validate.js';
import { ClientExportService } from './client-export.service.js';

@ObjectType({ description: 'A download URL of a data export (ZIP), valid for 5 minutes.' })
export class DataExportLink {
  @Field(() => String) url!: string;
  @Field(() => Date) expiresAt!: Date;
}

const LanguageSchema = z.enum(['de', 'en']).nullish();

@Resolver()
@Authorized('CLIENT')
export class MyDataExportResolver {
  @Query(() => DataExportLink, {
    description:
      'The logged-in client’s data export: everything the organisation keeps about them and they exchanged with it (ZIP with JSON and a readable HTML file). `language`: de or en, for the HTML (default: the organisation’s).',
  })
  myDataExportLink(
    @Ctx() ctx: Context,
    @Arg('language', () => String, { nullable: true }) language?: string | null,
  ): Promise<DataExportLink> {
    const viewer = ctx.viewer!;
    const lang = validate(LanguageSchema, language) ?? undefined;
    return new ClientExportService(ctx.em, ctx.app).link(viewer, viewer.accountId, { language: lang });
  }
}

/** Staff: admins, and counsellors with the data-protection permission (checked by the service). */
@Resolver()
@Authorized('STAFF')
export class ClientDataExportResolver {
  @Query(() => DataExportLink, {
    description:
      'A client’s data export, as the client downloads it, for answering their request (admins and staff with the data-protection permission; FORBIDDEN for other staff). `language`: de or en. `includeStaffRecords`: also the staff’s notes and documents about the client, after review (default false).',
  })
  clientDataExportLink(
    @Arg('clientId', () => ID) clientId: string,
    @Ctx() ctx: Context,
    @Arg('language', () => String, { nullable: true }) language?: string | null,
    @Arg('includeStaffRecords', () => Boolean, { nullable: true, defaultValue: false })
    includeStaffRecords?: boolean | null,
  ): Promise<DataExportLink> {
    const lang = validate(LanguageSchema, language) ?? undefined;
    return new ClientExportService(ctx.em, ctx.app).link(ctx.viewer!, validate(rules.id, clientId), {
      language: lang,
      staffRecords: includeStaffRecords === true,
    });
  }
}

export const clientExportResolvers = [MyDataExportResolver, ClientDataExportResolver] as const;

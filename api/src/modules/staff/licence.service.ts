/**
 * Licence increase requests: recorded, mailed to the platform operator (OPERATOR_EMAIL) and
 * confirmed to the requester. The platform operator answers them (`answerLicenceRequest`, which
 * sets the volume and mails the requester; modules/platform-operator) or sets the volume from the
 * command line (`npm run lotse -- org set-licence`); the operator's mail names both.
 */
import { QueryOrder, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput, notFound } from '../../shared/errors.js';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  keyCursor,
  toConnection,
  type ConnectionShape,
  invalidCursor,
} from '../../shared/pagination.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { LicenceRequest } from './licence-request.entity.js';
import type { RequestLicenceIncreaseData } from './staff.inputs.js';
import type { PageArgs } from './staff.service.js';

export class LicenceService {
  constructor(private readonly app: AppServices) {}

  async requestIncrease(em: EntityManager, viewer: Viewer, data: RequestLicenceIncreaseData): Promise<LicenceRequest> {
    const org = await em.findOne(Organisation, { id: viewer.organisationId });
    if (!org) throw notFound('Organisation');
    if (data.requestedVolume <= org.licenceVolume) {
      throw badInput(
        `Request more than the current volume of ${org.licenceVolume}.`,
        [{ path: 'requestedVolume', message: `Must be more than ${org.licenceVolume}` }],
        'VOLUME_NOT_INCREASED',
      );
    }
    const request = em.create(LicenceRequest, {
      organisation: org,
      requestedBy: viewer.accountId,
      contactPerson: data.contactPerson,
      email: data.email,
      requestedVolume: data.requestedVolume,
      currentVolume: org.licenceVolume,
      remark: data.remark ?? null,
    });
    await em.flush();

    const text = licenceMails(org, request, this.app.publicUrl());
    // The operator's mail belongs to no organisation (it is not in the organisation's outbox).
    await this.app.mail.send({ organisationId: null, to: this.app.config.operatorEmail, ...text.operator });
    await this.app.mail.send({ organisationId: org.id, to: data.email, ...text.confirmation });
    this.app.log.info({ organisationId: org.id, licenceRequestId: request.id }, 'licence increase requested');
    return request;
  }

  /** The organisation's requests, newest first. */
  async list(em: EntityManager, viewer: Viewer, page: PageArgs): Promise<ConnectionShape<LicenceRequest>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const where: FilterQuery<LicenceRequest> = { organisation: viewer.organisationId };
    const cursor = decodeCursor(page.after);
    const pageWhere: FilterQuery<LicenceRequest> = cursor
      ? {
          ...where,
          $or: [
            { createdAt: { $lt: cursorDate(cursor.k) } },
            { createdAt: cursorDate(cursor.k), id: { $lt: cursor.id } },
          ],
        }
      : where;
    const [rows, total] = await Promise.all([
      em.find(LicenceRequest, pageWhere, {
        orderBy: { createdAt: QueryOrder.DESC, id: QueryOrder.DESC },
        limit: first + 1,
      }),
      em.count(LicenceRequest, where),
    ]);
    return toConnection(
      rows,
      first,
      total,
      keyCursor((r) => r.createdAt.toISOString()),
    );
  }
}

function cursorDate(k: string | number): Date {
  const d = new Date(k);
  if (typeof k !== 'string' || Number.isNaN(d.getTime())) {
    throw invalidCursor('page.after');
  }
  return d;
}

/** German by default, English for organisations with an English locale. */
export function licenceMails(
  org: Organisation,
  r: LicenceRequest,
  publicUrl: string,
): { operator: { subject: string; text: string }; confirmation: { subject: string; text: string } } {
  const en = org.locale.startsWith('en');
  const remark = r.remark ?? (en ? '(none)' : '(keine)');
  if (en) {
    return {
      operator: {
        subject: `Licence increase request: ${org.name}`,
        text: [
          `The organisation "${org.name}" (${org.slug}) requests a larger licence.`,
          '',
          `Current volume: ${r.currentVolume}`,
          `Requested volume: ${r.requestedVolume}`,
          `Contact person: ${r.contactPerson}`,
          `Email: ${r.email}`,
          `Remark: ${remark}`,
          '',
          `Request id: ${r.id}`,
          `Platform: ${publicUrl}`,
          '',
          'To answer it (the requester is mailed the answer): answerLicenceRequest, as platform operator.',
          `Or set the volume directly: npm run lotse -- org set-licence --slug ${org.slug} --volume ${r.requestedVolume}`,
        ].join('\n'),
      },
      confirmation: {
        subject: 'We have received your licence request',
        text: [
          `Hello ${r.contactPerson},`,
          '',
          `we have received the request of "${org.name}" to raise the licence from ${r.currentVolume} to ${r.requestedVolume} active counsellors.`,
          'The platform operator will get in touch with you.',
          '',
          `Remark: ${remark}`,
        ].join('\n'),
      },
    };
  }
  return {
    operator: {
      subject: `Anfrage Lizenzerweiterung: ${org.name}`,
      text: [
        `Die Einrichtung „${org.name}“ (${org.slug}) bittet um eine Erweiterung des Lizenzvolumens.`,
        '',
        `Aktuelles Volumen: ${r.currentVolume}`,
        `Gewünschtes Volumen: ${r.requestedVolume}`,
        `Ansprechperson: ${r.contactPerson}`,
        `E-Mail: ${r.email}`,
        `Bemerkung: ${remark}`,
        '',
        `Anfrage-ID: ${r.id}`,
        `Plattform: ${publicUrl}`,
        '',
        'Zum Beantworten (die anfragende Person erhält die Antwort per E-Mail): answerLicenceRequest als Plattformbetreiber.',
        `Oder das Volumen direkt setzen: npm run lotse -- org set-licence --slug ${org.slug} --volume ${r.requestedVolume}`,
      ].join('\n'),
    },
    confirmation: {
      subject: 'Ihre Anfrage zur Lizenzerweiterung ist eingegangen',
      text: [
        `Guten Tag ${r.contactPerson},`,
        '',
        `wir haben die Anfrage von „${org.name}“ erhalten, das Lizenzvolumen von ${r.currentVolume} auf ${r.requestedVolume} aktive Beratende zu erweitern.`,
        'Der Plattformbetreiber meldet sich bei Ihnen.',
        '',
        `Bemerkung: ${remark}`,
      ].join('\n'),
    },
  };
}

/**
 * The organisation settings as the Einrichtung screen reads and writes them: one fragment for the
 * query and every mutation's answer, so a save hands back exactly what the screen shows.
 */
import { graphql } from '../gql/index.js';
import type { DashboardOrganisationSettingsFragment } from '../gql/graphql.js';

export type OrganisationSettings = DashboardOrganisationSettingsFragment;

graphql(`
  fragment DashboardOrganisationSettings on Organisation {
    id
    name
    publicKey
    licenceVolume
    contact {
      contactPerson
      email
      phone
      website
      address {
        name
        street
        postcode
        city
        country
      }
    }
    billingAddress {
      name
      street
      postcode
      city
      country
    }
    timezone
    locale
    contentLanguages
    holidayRegion
    closingDays {
      date
      note
    }
    mailOverdueHours
    opennessLevel
    autoPrimaryCounsellor
    fallbackCounsellor {
      id
    }
    retentionDays
    accessLogRetentionDays
    requireTwoFactor
    quickExit {
      enabled
      url
    }
    topics {
      id
      name
      names {
        lang
        text
      }
      category
    }
    masterDataFields {
      key
      label
      labels {
        lang
        text
      }
      type
      options
      optionLabels {
        lang
        texts
      }
      askInMailForm
    }
    video {
      provider
      allowVideoInChat
    }
    allowedOrigins
  }
`);

export const ORGANISATION = graphql(`
  query DashboardOrganisation {
    organisation {
      ...DashboardOrganisationSettings
    }
    counsellors(filter: { active: true }, page: { first: 100 }) {
      edges {
        node {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

export const UPDATE_ORGANISATION = graphql(`
  mutation DashboardUpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      ...DashboardOrganisationSettings
    }
  }
`);

export const CREATE_TOPIC = graphql(`
  mutation DashboardCreateTopic($input: CreateTopicInput!) {
    createTopic(input: $input) {
      id
    }
  }
`);

export const UPDATE_TOPIC = graphql(`
  mutation DashboardUpdateTopic($input: UpdateTopicInput!) {
    updateTopic(input: $input) {
      id
    }
  }
`);

export const DELETE_TOPIC = graphql(`
  mutation DashboardDeleteTopic($input: DeleteTopicInput!) {
    deleteTopic(input: $input)
  }
`);

/**
 * The input a settings form stands for: every named control at its dotted path (`contact.email`,
 * `closingDays.0.date`); checkboxes as booleans, number fields as numbers, `data-null` selects' empty
 * choice as null, other empty text as ''.
 */
export function formInput(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const el of Array.from(form.elements) as (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[]) {
    if (!el.name || el.disabled) continue;
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) continue;
    let value: unknown;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') value = el.checked;
    else if (el instanceof HTMLInputElement && el.type === 'number') value = el.value === '' ? null : Number(el.value);
    else if (el.dataset.null !== undefined && el.value === '') value = null;
    else if (el.dataset.words !== undefined)
      value = el.value
        .split(/[\s,;]+/)
        .map((w) => w.trim())
        .filter(Boolean);
    else if (el.dataset.lines !== undefined)
      value = el.value
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    else value = el.value.trim();
    setPath(out, el.name.split('.'), value);
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    node[key] ??= /^\d+$/.test(path[i + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
}

/** The element id of the control at an input path (`closingDays.0.date` → `f-closingDays-0-date`). */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

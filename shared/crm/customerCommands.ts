import { checkEmail } from './checkEmail';
import { checkSiret } from './checkSiret';
import { accepted, refused, stampOf } from './crmCommandOutcome';
import type { CrmCommandContext, CrmCommandOutcome } from './crmCommandOutcome';
import type { CrmCommandPayload } from './crmCommandSchema';
import type { CrmState, Customer, PhoneNumber } from './crmEntities';
import type { CustomerChanges } from './crmEvents';
import { atField, crmRefusal } from './crmRefusal';
import type { CrmRefusal } from './crmRefusal';
import { normalizePhone } from './normalizePhone';
import { findCustomer } from './notFound';

type Handler<T extends 'customer.create' | 'customer.update' | 'contact.add' | 'consent.update'> = (
  state: CrmState,
  payload: CrmCommandPayload<T>,
  context: CrmCommandContext,
) => CrmCommandOutcome;

/** Creating and correcting customer records: identity, contacts, consents. */
export const customerCommands: { [T in 'customer.create' | 'customer.update' | 'contact.add' | 'consent.update']: Handler<T> } = {
  'customer.create': (state, p, context) => {
    if (p.kind === 'business' && !p.company) {
      return refused(
        crmRefusal(
          'customer.company-required',
          'Un client professionnel doit avoir une raison sociale.',
          'A business customer needs a company name.',
          'company',
        ),
      );
    }
    if (p.kind === 'consumer' && p.siret) return refused(siretForConsumer());
    if (!p.phone && !p.email) {
      return refused(
        crmRefusal(
          'customer.contact-required',
          'Indiquez au moins un téléphone ou une adresse e-mail pour pouvoir recontacter le client.',
          'Give at least a phone number or an e-mail address so the customer can be contacted again.',
          'phone',
        ),
      );
    }
    const fields = checkedFields(p);
    if (!fields.ok) return refused(fields.error);
    const { phone, email, siret } = fields.values;
    if (!p.duplicateConfirmed) {
      const twin = Object.values(state.customers).find(
        (c) => (phone?.e164 && c.phone?.e164 === phone.e164) || (email && c.email?.toLowerCase() === email),
      );
      if (twin) {
        const samePhone = Boolean(phone?.e164) && twin.phone?.e164 === phone?.e164;
        return refused(
          crmRefusal(
            'customer.duplicate',
            `Doublon probable : le client ${twin.id} (${twin.company ?? twin.name}) a déjà ce ${samePhone ? 'numéro' : 'e-mail'}. Ouvrez sa fiche plutôt que d’en créer une autre, ou confirmez la création.`,
            `Likely duplicate: customer ${twin.id} (${twin.company ?? twin.name}) already has this ${samePhone ? 'number' : 'e-mail'}. Open that record rather than creating another, or confirm the creation.`,
            samePhone ? 'phone' : 'email',
          ),
        );
      }
    }
    const customer: Customer = {
      id: nextCustomerId(state),
      kind: p.kind,
      name: p.name,
      company: p.company ?? null,
      siret: siret ?? null,
      phone: phone ?? null,
      email: email ?? null,
      address: p.address ?? null,
      since: context.today,
      loyalty: { tier: null, contractEnd: null, churnRisk: null },
      remarks: null,
      contacts: [],
    };
    return accepted([{ type: 'customer.created', ...stampOf(context), customer }], customer.id, {
      verb: 'created',
      entity: 'customer',
      ref: customer.id,
    });
  },

  'customer.update': (state, p, context) => {
    const found = findCustomer(state, p.customerId);
    if (!found.ok) return refused(found.error);
    const customer = found.customer;
    if (customer.kind === 'consumer' && p.siret) return refused(siretForConsumer());
    if (customer.kind === 'business' && p.company === null) {
      return refused(
        crmRefusal(
          'customer.company-required',
          'Un client professionnel doit garder une raison sociale.',
          'A business customer must keep a company name.',
          'company',
        ),
      );
    }
    const fields = checkedFields({
      phone: p.phone ?? undefined,
      email: p.email ?? undefined,
      siret: p.siret ?? undefined,
    });
    if (!fields.ok) return refused(fields.error);
    const wanted: CustomerChanges = {
      name: p.name,
      company: p.company,
      address: p.address,
      phone: p.phone === null ? null : fields.values.phone,
      email: p.email === null ? null : fields.values.email,
      siret: p.siret === null ? null : fields.values.siret,
    };
    const changes: CustomerChanges = {};
    for (const [key, value] of Object.entries(wanted) as [keyof CustomerChanges, CustomerChanges[keyof CustomerChanges]][]) {
      if (value !== undefined && JSON.stringify(value) !== JSON.stringify(customer[key])) {
        (changes as Record<string, unknown>)[key] = value;
      }
    }
    if (Object.keys(changes).length === 0) {
      return refused(
        crmRefusal(
          'customer.no-change',
          'Aucune modification : la fiche contient déjà ces informations.',
          'Nothing to change: the record already holds this information.',
        ),
      );
    }
    return accepted([{ type: 'customer.updated', ...stampOf(context), customerId: customer.id, changes }], customer.id, {
      verb: 'updated',
      entity: 'customer',
      ref: customer.id,
    });
  },

  'contact.add': (state, p, context) => {
    const found = findCustomer(state, p.customerId);
    if (!found.ok) return refused(found.error);
    const customer = found.customer;
    if (customer.kind !== 'business') {
      return refused(
        crmRefusal(
          'contact.consumer',
          'Un client particulier n’a pas d’interlocuteurs : modifiez directement sa fiche.',
          'A consumer has no contacts: edit their own record instead.',
          'customerId',
        ),
      );
    }
    const fields = checkedFields(p);
    if (!fields.ok) return refused(fields.error);
    const contact = {
      id: `${customer.id}-${customer.contacts.length + 1}`,
      name: p.name,
      role: p.role ?? null,
      phone: fields.values.phone ?? null,
      email: fields.values.email ?? null,
    };
    return accepted([{ type: 'contact.added', ...stampOf(context), customerId: customer.id, contact }], contact.id, {
      verb: 'updated',
      entity: 'customer',
      ref: customer.id,
    });
  },

  'consent.update': (state, p, context) => {
    const found = findCustomer(state, p.customerId);
    if (!found.ok) return refused(found.error);
    const consent = { channel: p.channel, purpose: p.purpose, given: p.given, date: context.today, source: p.source };
    return accepted([{ type: 'consent.updated', ...stampOf(context), customerId: p.customerId, consent }], p.customerId, {
      verb: 'updated',
      entity: 'consent',
      ref: p.customerId,
    });
  },
};

type Checked = { phone?: PhoneNumber; email?: string; siret?: string };

/** Phone, e-mail and SIRET as the CRM keeps them, or the first refusal. */
function checkedFields(p: { phone?: string | undefined; email?: string | undefined; siret?: string | undefined }):
  | { ok: true; values: Checked }
  | { ok: false; error: CrmRefusal } {
  const values: Checked = {};
  if (p.phone !== undefined) {
    const phone = normalizePhone(p.phone);
    if (!phone.ok) return { ok: false, error: atField(phone.error, 'phone') };
    values.phone = phone.phone;
  }
  if (p.email !== undefined) {
    const email = checkEmail(p.email);
    if (!email.ok) return { ok: false, error: atField(email.error, 'email') };
    values.email = email.email;
  }
  if (p.siret !== undefined) {
    const siret = checkSiret(p.siret);
    if (!siret.ok) return { ok: false, error: atField(siret.error, 'siret') };
    values.siret = siret.siret;
  }
  return { ok: true, values };
}

function siretForConsumer(): CrmRefusal {
  return crmRefusal(
    'customer.siret-consumer',
    'Un client particulier n’a pas de SIRET : s’il achète pour son entreprise, créez une fiche professionnelle.',
    'A consumer has no SIRET: if they buy for their business, create a business record.',
    'siret',
  );
}

/** 'C-1043': one more than the highest 'C-' number in the CRM. */
function nextCustomerId(state: CrmState): string {
  let highest = 0;
  for (const id of Object.keys(state.customers)) {
    const match = /^C-(\d+)$/.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let rank = highest + 1;
  while (Object.hasOwn(state.customers, `C-${rank}`)) rank += 1;
  return `C-${rank}`;
}

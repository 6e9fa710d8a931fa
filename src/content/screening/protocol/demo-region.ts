/**
 * A fictional regional protocol, marked `demo`, to show what a region can publish: its
 * particularities at some stages. It names no real agreement; regions replace it with
 * their own protocol record.
 */
import { text } from '../guide/helpers.ts';
import type { ProtocolInput } from './province.ts';

export const DEMO_REGIONAL_PROTOCOL: ProtocolInput = {
  slug: 'demo-region-08',
  revision: 1,
  scope: '08',
  demo: true,
  title: text('Exemple de protocole régional (démonstration)', 'Example of a regional protocol (demonstration)'),
  summary: text(
    'Un exemple fictif de ce qu\'une région peut publier : ses particularités à certaines étapes. Chaque région le remplace par son propre protocole.',
    'A fictional example of what a region can publish: its particularities at some stages. Each region replaces it with its own protocol.',
  ),
  agreedBy: text('Exemple fictif : aucun organisme n\'a convenu de ce protocole.', 'Fictional example: no organisation agreed to this protocol.'),
  stages: [
    {
      stage: 'referral',
      regionalNotes: [
        text(
          'Exemple : les ressources sont éloignées ; prévoir le transport ou les services à distance avant l\'appel de référence.',
          'Example: resources are far away; plan transport or remote services before the referral call.',
        ),
        text(
          "Exemple : la table régionale en violence réserve des sièges au secteur de l'immigration ; la porteuse de dossier de chaque organisme y fait le lien.",
          'Example: the regional violence table reserves seats for the immigration sector; each organisation\'s lead person makes the link there.',
        ),
      ],
    },
    {
      stage: 'shelter-or-external-services',
      regionalNotes: [
        text(
          "Exemple : quand aucune place n'est libre dans la région, SOS violence conjugale cherche une place ailleurs au Québec ; prévoir l'aller et le retour.",
          'Example: when no place is free in the region, SOS violence conjugale looks for one elsewhere in Québec; plan the trip there and back.',
        ),
      ],
    },
  ],
};

/**
 * Cold-start baseline: what a bare page does to show the figure. It imports Mermaid, initialises
 * it with kdflow's config and renders the same diagram text once. No React, no simulation.
 */
import mermaid from 'mermaid';
import { MERMAID_CONFIG } from '../../src/diagram/config';

mermaid.initialize(MERMAID_CONFIG);
const { svg } = await mermaid.render('plain-figure', __FIGURE_TEXT__);
const host = document.getElementById('figure');
if (host) host.innerHTML = svg;

// Figure 16's framework floor: a Next.js app of one server-rendered page and nothing of ours (no
// CSS, no client component, no providers, no middleware), built with the project's own Next and
// React. Lighthouse on it says what the framework alone scores on this machine in the same run.
/** @type {import('next').NextConfig} */
export default { poweredByHeader: false };

/** Knowledge-base articles of the demo: a dozen per pack, one internal runbook each. */
export type TDemoArticle = { title: string; body: string; version?: string; audience?: 'internal' };

const steps = (...lines: string[]) => lines.map((line, index) => `${index + 1}. ${line}`).join('\n');

export const demoArticles: Record<'imprivata-onesign' | 'ivanti', TDemoArticle[]> = {
  'imprivata-onesign': [
    {
      title: 'Badge reader not detected on a workstation',
      body: `The OneSign agent shows **No reader found**.\n\n${steps('Unplug the reader and plug it into a different USB port.', 'Check Device Manager for *HID Proximity Reader*.', 'Restart the OneSign agent service.', 'If the reader still does not appear, collect the agent log and open a case.')}`,
    },
    {
      title: 'Single sign-on fails after a password change',
      body: `After a Windows password change, OneSign may keep the old password for a while.\n\n${steps('Sign out and sign in with the new password at the OneSign prompt.', 'Ask the user to re-enrol the application credential when prompted.', 'If the problem affects many users, check the directory synchronisation schedule.')}`,
    },
    {
      title: 'Upgrade the appliance to a new release',
      version: '7.x',
      body: `Read the release notes first. Upgrades are supported from the current and the previous release.\n\n${steps('Take a snapshot or backup of each appliance.', 'Upgrade the primary appliance, then the replicas.', 'Check replication in the admin console.', 'Upgrade agents after the appliances.')}`,
    },
    {
      title: 'Collect appliance server logs for Technical Support',
      body: `Engineering needs server logs for appliance problems.\n\n${steps('Open the appliance admin console.', 'Choose **Troubleshooting → Logs → Download bundle**.', 'Attach the bundle to your case.')}\n\nScreen sharing alone is not enough for appliance investigations.`,
    },
    {
      title: 'Prepare a VPN, VM image or machine for agent issues',
      body: 'For agent problems that need engineering, Imprivata asks for one of: VPN access to an affected machine, a virtual machine image that shows the problem, or a machine shipped to Imprivata. Plan this early: it shortens the investigation.',
    },
    {
      title: 'Enrol a proximity badge',
      body: `${steps('Tap the badge on the reader at the OneSign prompt.', 'Enter your network user name and password.', 'Tap the badge again to confirm.')}\n\nBadges already enrolled to another user are refused.`,
    },
    {
      title: 'OneSign Anywhere: set up remote access',
      body: 'OneSign Anywhere signs users in to web applications from outside the network. Configure the external URL in the admin console, publish the certificate, and test from a machine outside the firewall.',
    },
    {
      title: 'Replication between appliances is delayed',
      body: `Replication status shows **Behind** for more than 15 minutes.\n\n${steps('Check the network path between appliances (port 443).', 'Check disk space on each appliance.', 'Restart replication from the admin console.')}`,
    },
    {
      title: 'Which versions are supported',
      body: 'Imprivata supports the current and the previous version of OneSign and OneSign Anywhere, and any shipping version for at least twelve months. Plan upgrades before your version leaves support.',
    },
    {
      title: 'How severity is chosen for a case',
      body: '- **Production down**: the system is down or unusable for many users.\n- **Severe impact**: a major function is impaired.\n- **Degraded**: a minor function is impaired.\n- **Request**: a question, instructions or a suggestion.\n\nChoose the level that matches the impact on your business; support may agree a change with you.',
    },
    {
      title: 'Reset a user’s OneSign PIN',
      body: `${steps('Open the admin console and find the user.', 'Choose **Reset PIN**.', 'Ask the user to choose a new PIN at the next sign-in.')}`,
    },
    {
      title: 'Runbook: after-hours production-down calls',
      audience: 'internal',
      body: 'Verify the Premium Support PIN, open the case as P0 on the on-call queue, page the on-call engineer, and escalate to engineering when a software change is needed.',
    },
  ],
  ivanti: [
    {
      title: 'Console login fails after an upgrade',
      version: '2024.3',
      body: `${steps('Clear the browser cache and sign in again.', 'Check that the Ivanti services are running on the core server.', 'Check the certificate bindings in IIS.', 'If sign-in still fails, open a case with the core server logs.')}`,
    },
    {
      title: 'Request a call-back for a critical problem',
      body: 'For a Critical (S1) problem, request a call-back from the Support Portal: phone reports are what start the Critical response times. Keep someone available who can work on the problem around the clock.',
    },
    {
      title: 'Agents do not check in to the core server',
      body: `${steps('Check the agent service on the device.', 'Check DNS resolution of the core server name.', 'Check port 443 between the device and the core server.', 'Redeploy the agent configuration.')}`,
    },
    {
      title: 'Patch content download fails',
      body: 'When patch content does not download, check the proxy settings of the core server and that the vendor content URLs are allowed through the firewall.',
    },
    {
      title: 'Supported versions and end of life',
      body: 'Ivanti publishes an end-of-life list. Problems caused by running a version outside support are not covered; plan upgrades ahead of the end-of-life date.',
    },
    {
      title: 'What to include when you open an incident',
      body: '- An example of the problem\n- The context: what changed and when\n- Your system configuration\n- Steps to reproduce\n\nIncidents with these details are worked on faster.',
    },
    {
      title: 'Provisioning templates stop at a reboot step',
      body: 'Check the boot order in the device firmware and that the preferred server is reachable after the reboot.',
    },
    {
      title: 'Software distribution stays in Pending',
      body: `${steps('Check the task schedule and the target list.', 'Check the preferred server share permissions.', 'Restart the scheduler service on the core server.')}`,
    },
    {
      title: 'Inventory scans are missing devices',
      body: 'Devices that have not scanned for 30 days are hidden by default. Check the scan schedule and the inventory service on the core server.',
    },
    {
      title: 'Set up remote control',
      body: 'Enable remote control in the agent configuration, choose the permission model, and redeploy the configuration to the devices.',
    },
    {
      title: 'Prepare for your service review',
      body: 'Bring your open incidents, upgrade plans and any changes to your environment. Your support manager sends the agenda before the review and shares notes afterwards.',
    },
    {
      title: 'Runbook: follow-the-sun hand-over of S1 incidents',
      audience: 'internal',
      body: 'Before the centre closes, update the incident with the current state, confirm the customer’s 24x7 contact, and hand over to the next centre in the queue.',
    },
  ],
};

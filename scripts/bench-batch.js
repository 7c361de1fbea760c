// The measurement behind scripts/bench-batch (run that; it checks for Node first).
// Measures `switchboard simulate --batch` against the reference simulator
// @cloud-copilot/iam-simulate, side by side in one run, on a generated corpus
// (DESIGN.md budget: at least 100 times the reference's requests per second).
//
//   scripts/bench-batch [--switchboard PATH] [--lines N] [--reference-seconds S]
//                       [--seed N] [--version X] [--module-dir DIR] [--corpus FILE]
//
// Switchboard is measured as a whole process (start, read, decide, write, exit)
// over the whole corpus; the reference by its bare evaluation loop (runSimulation
// per request, its module already loaded), over as many requests as it decides
// in S seconds. They take turns, three rounds each, so that both meet the same
// load on a shared machine. The reference is installed from the npm registry into a temporary
// directory, which is removed afterwards, unless --module-dir names a copy already
// installed there (DIR/node_modules). Without Node, npm or the package, the script
// says so and exits 0 without a figure. --corpus keeps the corpus in FILE (and
// reuses it when it exists).
'use strict'

const { execFileSync, spawn } = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { createRequire } = require('node:module')

function options(argv) {
  const opts = {
    switchboard: path.join(__dirname, '..', 'build', 'app', 'switchboard'),
    lines: 200000,
    referenceSeconds: 10,
    seed: 20261203,
    version: '0.1.173',
    moduleDir: '',
    corpus: '',
  }
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]]
    if (value === undefined) throw new Error(`${flag} needs a value`)
    if (flag === '--switchboard') opts.switchboard = value
    else if (flag === '--lines') opts.lines = Number(value)
    else if (flag === '--reference-seconds') opts.referenceSeconds = Number(value)
    else if (flag === '--seed') opts.seed = Number(value)
    else if (flag === '--version') opts.version = value
    else if (flag === '--module-dir') opts.moduleDir = value
    else if (flag === '--corpus') opts.corpus = value
    else throw new Error(`unknown option ${flag}`)
  }
  return opts
}

// mulberry32: a small seeded generator, so the same seed gives the same corpus.
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)]
const some = (rnd, list, min, max) =>
  Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => pick(rnd, list))
const doc = (...statements) => ({ Version: '2012-10-17', Statement: statements })

const MEMBER = '222233334444'
const OUTSIDE = '999988887777'
const ORG = 'o-a1b2c3d4e5'
const TEAMS = ['payments', 'search', 'ledger', 'growth', 'platform', 'data']

// Requests whose resource the reference accepts for the action.
const REQUESTS = [
  ['s3:GetObject', (t) => `arn:aws:s3:::${t}-reports/2024/q1.csv`],
  ['s3:PutObject', (t) => `arn:aws:s3:::${t}-reports/2024/q2.csv`],
  ['s3:DeleteObject', (t) => `arn:aws:s3:::${t}-reports/tmp/x.csv`],
  ['s3:ListBucket', (t) => `arn:aws:s3:::${t}-reports`],
  ['sqs:SendMessage', (t) => `arn:aws:sqs:eu-west-1:${MEMBER}:${t}-orders`],
  ['sqs:DeleteQueue', (t) => `arn:aws:sqs:eu-west-1:${MEMBER}:${t}-orders`],
  ['dynamodb:GetItem', (t) => `arn:aws:dynamodb:eu-west-1:${MEMBER}:table/${t}`],
  ['dynamodb:DeleteTable', (t) => `arn:aws:dynamodb:eu-west-1:${MEMBER}:table/${t}`],
  ['lambda:InvokeFunction', (t) => `arn:aws:lambda:eu-west-1:${MEMBER}:function:${t}-api`],
  ['lambda:GetFunction', (t) => `arn:aws:lambda:eu-west-1:${MEMBER}:function:${t}-api`],
  ['logs:PutLogEvents', (t) => `arn:aws:logs:eu-west-1:${MEMBER}:log-group:${t}:log-stream:app`],
  ['iam:GetUser', (t) => `arn:aws:iam::${MEMBER}:user/${t}/Bob`],
  ['iam:ListUsers', () => '*'],
  ['ec2:DescribeInstances', () => '*'],
]

// An organization's policies: per team, read, write and guarded-delete
// policies with wildcards and conditions, and a few broad ones.
function identityPolicies() {
  const policies = [
    doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
    doc({ Effect: 'Allow', Action: ['iam:Get*', 'iam:List*', 'ec2:Describe*'], Resource: '*' }),
    doc({ Effect: 'Deny', Action: ['s3:DeleteObject', 'dynamodb:DeleteTable'], Resource: '*' }),
  ]
  for (const team of TEAMS) {
    policies.push(doc(
      { Sid: 'Read', Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: [`arn:aws:s3:::${team}-reports`, `arn:aws:s3:::${team}-reports/*`] },
      { Sid: 'Tables', Effect: 'Allow', Action: 'dynamodb:*', Resource: `arn:aws:dynamodb:*:${MEMBER}:table/${team}*` },
      { Sid: 'Queues', Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'], Resource: `arn:aws:sqs:*:${MEMBER}:${team}-*`,
        Condition: { StringEquals: { 'aws:PrincipalTag/team': team } } }))
    policies.push(doc(
      { Sid: 'Write', Effect: 'Allow', Action: ['s3:PutObject', 's3:DeleteObject'], Resource: `arn:aws:s3:::${team}-reports/*`,
        Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringLike: { 'aws:PrincipalTag/team': [`${team}*`] } } },
      { Sid: 'Invoke', Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: `arn:aws:lambda:*:${MEMBER}:function:${team}-*` },
      { Sid: 'Functions', Effect: 'Allow', Action: ['lambda:Get*', 'lambda:List*'], Resource: '*',
        Condition: { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } } },
      { Sid: 'Logs', Effect: 'Allow', Action: 'logs:*', Resource: `arn:aws:logs:*:${MEMBER}:log-group:${team}*` }))
    policies.push(doc(
      { Sid: 'NoProdDeletes', Effect: 'Deny', Action: ['s3:Delete*', 'sqs:Delete*', 'dynamodb:Delete*'], Resource: '*',
        Condition: { StringNotEquals: { 'aws:PrincipalTag/role': 'admin' } } },
      { Sid: 'Everything', Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }))
  }
  return policies
}

const FULL_AWS_ACCESS = doc({ Effect: 'Allow', Action: '*', Resource: '*' })
const SCPS = [
  FULL_AWS_ACCESS,
  doc({ Effect: 'Allow', Action: ['s3:*', 'sqs:*', 'dynamodb:*', 'lambda:*', 'logs:*'], Resource: '*' }),
  doc({ Sid: 'DenyLeaving', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }),
  doc({ Sid: 'RegionFence', Effect: 'Deny', NotAction: ['iam:*', 'organizations:*'], Resource: '*',
    Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } } }),
  doc({ Sid: 'ProtectOps', Effect: 'Deny', Action: 'iam:*', Resource: 'arn:aws:iam::*:user/ops/*' }),
]
const RCPS = [
  doc({ Sid: 'EnforceOrgIdentities', Effect: 'Deny', Principal: '*', Action: ['s3:*', 'sqs:*'], Resource: '*',
    Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } } }),
  doc({ Sid: 'EnforceSecureTransport', Effect: 'Deny', Principal: '*', Action: ['s3:*', 'sqs:*'], Resource: '*',
    Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }),
]

// One request: a member account's user or role session with two to four
// identity policies, under two or three SCP levels and perhaps an RCP level.
function randomRequest(rnd, identity) {
  const team = pick(rnd, TEAMS)
  const [action, resourceOf] = pick(rnd, REQUESTS)
  const outsider = rnd() < 0.05 && action.startsWith('s3:')
  const user = `${pick(rnd, TEAMS)}${Math.floor(rnd() * 500)}`
  const principal = outsider
    ? `arn:aws:iam::${OUTSIDE}:user/Eve`
    : rnd() < 0.7
      ? `arn:aws:iam::${MEMBER}:user/${user}`
      : `arn:aws:sts::${MEMBER}:assumed-role/${team}-dev/${user}`
  const request = {
    policies: some(rnd, identity, 2, 4),
    scps: outsider ? [] : Array.from({ length: 2 + Math.floor(rnd() * 2) }, () =>
      rnd() < 0.7 ? [FULL_AWS_ACCESS, ...some(rnd, SCPS, 0, 1)] : some(rnd, SCPS, 1, 2)),
    rcps: rnd() < 0.4 ? [some(rnd, RCPS, 1, 2)] : [],
    principal,
    action,
    resource: resourceOf(team),
    resourceAccount: MEMBER,
    context: {
      'aws:RequestedRegion': pick(rnd, ['eu-west-1', 'eu-central-1', 'us-east-1']),
      'aws:SecureTransport': rnd() < 0.9 ? 'true' : 'false',
      'aws:PrincipalTag/team': rnd() < 0.8 ? team : pick(rnd, TEAMS),
      'aws:PrincipalTag/role': rnd() < 0.1 ? 'admin' : 'developer',
    },
  }
  if (!outsider) request.context['aws:PrincipalOrgID'] = ORG
  if (outsider)
    request.resourcePolicy = doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OUTSIDE}:root` },
      Action: 's3:Get*', Resource: [`arn:aws:s3:::${team}-reports`, `arn:aws:s3:::${team}-reports/*`] })
  return request
}

function writeCorpus(file, lines, seed) {
  const rnd = random(seed)
  const identity = identityPolicies()
  const fd = fs.openSync(file, 'w')
  let block = []
  for (let i = 0; i < lines; ++i) {
    block.push(JSON.stringify(randomRequest(rnd, identity)))
    if (block.length === 10000 || i === lines - 1) {
      fs.writeSync(fd, block.join('\n') + '\n')
      block = []
    }
  }
  fs.closeSync(fd)
}

// The reference's input, as scripts/generate-scp-cases builds it.
function simulation(request) {
  const levels = (list, prefix) =>
    list.map((level, l) => ({
      orgIdentifier: l === 0 ? 'r-root' : `${prefix}-${l}`,
      policies: level.map((policy, i) => ({ name: `${prefix}[${l}][${i}]`, policy })),
    }))
  return {
    request: {
      principal: request.principal,
      action: request.action,
      resource: { resource: request.resource, accountId: request.resourceAccount },
      contextVariables: request.context,
    },
    identityPolicies: request.policies.map((policy, i) => ({ name: `policies[${i}]`, policy })),
    serviceControlPolicies: levels(request.scps, 'scps'),
    resourceControlPolicies: levels(request.rcps, 'rcps'),
    resourcePolicy: request.resourcePolicy,
  }
}

function peakKilobytes(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

// CPU seconds (user and system) of this process's children that have ended:
// fields cutime and cstime of /proc/self/stat, in clock ticks (100 a second on Linux).
function childrenCpuSeconds() {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return NaN
  }
}

// The whole process over the corpus: wall time, CPU time and peak memory. The answers go
// to a file, read once the process is done, so nothing here competes with it.
function runSwitchboard(binary, corpus, answers) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(answers, 'w')
    const started = process.hrtime.bigint()
    const cpuBefore = childrenCpuSeconds()
    const child = spawn(binary, ['simulate', '--batch', corpus], { stdio: ['ignore', out, 'inherit'] })
    let peak = 0
    const poll = setInterval(() => { peak = Math.max(peak, peakKilobytes(child.pid)) }, 20)
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(poll)
      fs.closeSync(out)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (code !== 0) reject(new Error(`${binary} exited with ${code}`))
      else resolve({ seconds, cpu: childrenCpuSeconds() - cpuBefore, peak })
    })
  })
}

// The answers' count, errors, and the first ones' decisions (to compare with the reference's).
function readAnswers(answers) {
  const decisions = []
  let count = 0
  let errors = 0
  const fd = fs.openSync(answers, 'r')
  const block = Buffer.alloc(16 * 1024 * 1024)
  let partial = ''
  for (let n; (n = fs.readSync(fd, block, 0, block.length, null)) > 0;) {
    const lines = (partial + block.subarray(0, n).toString('utf8')).split('\n')
    partial = lines.pop()
    for (const line of lines) {
      if (decisions.length < 50000) decisions.push(JSON.parse(line).decision ?? 'error')
      if (line.startsWith('{"error"')) ++errors
      ++count
    }
  }
  fs.closeSync(fd)
  return { count, errors, decisions }
}

// The reference's bare evaluation loop over the corpus's first lines, from line `from` on.
async function runReference(runSimulation, lines, from, seconds) {
  const decisions = []
  const started = process.hrtime.bigint()
  const cpuBefore = process.cpuUsage()
  const deadline = started + BigInt(Math.round(seconds * 1e9))
  for (let i = from; i < lines.length; ++i) {
    const answer = await runSimulation(simulation(JSON.parse(lines[i])), {})
    decisions.push(answer.resultType === 'single' ? answer.overallResult : 'refused')
    if ((decisions.length & 15) === 0 && process.hrtime.bigint() > deadline) break
  }
  const cpu = process.cpuUsage(cpuBefore)
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu: (cpu.user + cpu.system) / 1e6, decisions }
}

// The corpus's first lines: plenty for the reference, which decides a few thousand in the time given.
function firstLines(corpus) {
  const head = Buffer.alloc(32 * 1024 * 1024)
  const fd = fs.openSync(corpus, 'r')
  const size = fs.readSync(fd, head, 0, head.length, 0)
  fs.closeSync(fd)
  return head.subarray(0, size).toString('utf8').split('\n').slice(0, -1).filter((line) => line)
}

function install(version) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iam-simulate-'))
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', dir, `@cloud-copilot/iam-simulate@${version}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return dir
}

function skip(why) {
  console.log(`bench-batch: skipped: ${why}`)
  process.exit(0)
}

const rate = (count, seconds) => Math.round(count / seconds).toLocaleString('en-US')

async function main() {
  const opts = options(process.argv.slice(2))
  if (!fs.existsSync(opts.switchboard))
    throw new Error(`no switchboard binary at ${opts.switchboard}; build it or pass --switchboard`)
  let dir = opts.moduleDir
  if (!dir) {
    try {
      dir = install(opts.version)
    } catch (error) {
      skip(`the reference @cloud-copilot/iam-simulate@${opts.version} could not be installed with npm (${error.message.split('\n')[0]})`)
    }
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-batch-'))
  try {
    const modules = path.join(path.resolve(dir), 'node_modules')
    const manifest = path.join(modules, '@cloud-copilot', 'iam-simulate', 'package.json')
    if (!fs.existsSync(manifest)) skip(`@cloud-copilot/iam-simulate is not installed in ${modules}`)
    const installed = JSON.parse(fs.readFileSync(manifest, 'utf8')).version
    const { runSimulation } = createRequire(path.join(modules, 'noop.js'))('@cloud-copilot/iam-simulate')

    const corpus = opts.corpus || path.join(work, 'corpus.jsonl')
    if (!fs.existsSync(corpus)) writeCorpus(corpus, opts.lines, opts.seed)
    const megabytes = fs.statSync(corpus).size / 1e6
    console.log(`corpus: ${opts.lines.toLocaleString('en-US')} requests, ${megabytes.toFixed(0)} MB, seed ${opts.seed}`)

    // Rounds that take turns, so that both see the same load on a shared machine.
    const rounds = 3
    const lines = firstLines(corpus)
    const answers = path.join(work, 'answers.jsonl')
    let oursSeconds = 0
    let oursCpu = 0
    let peak = 0
    const reference = { seconds: 0, cpu: 0, decisions: [] }
    for (let round = 0; round < rounds; ++round) {
      const run = await runSwitchboard(opts.switchboard, corpus, answers)
      oursSeconds += run.seconds
      oursCpu += run.cpu
      peak = Math.max(peak, run.peak)
      const theirs = await runReference(runSimulation, lines, reference.decisions.length, opts.referenceSeconds / rounds)
      reference.seconds += theirs.seconds
      reference.cpu += theirs.cpu
      reference.decisions.push(...theirs.decisions)
    }
    const ours = readAnswers(answers)
    if (ours.count !== opts.lines) throw new Error(`switchboard answered ${ours.count} of ${opts.lines} requests`)
    if (ours.errors) throw new Error(`switchboard refused ${ours.errors} requests of the corpus`)

    // Both decide the same requests: how often they agree, as a check that the work is the same.
    let agree = 0
    reference.decisions.forEach((theirs, i) => { agree += (theirs === 'Allowed') === (ours.decisions[i] === 'allow') ? 1 : 0 })
    const oursRate = (rounds * opts.lines) / oursSeconds
    const referenceRate = reference.decisions.length / reference.seconds
    console.log(`switchboard simulate --batch (whole process, ${os.cpus().length} cores, ${rounds} runs): ` +
      `${rate(rounds * opts.lines, oursSeconds)} requests/s (${(oursSeconds / rounds).toFixed(2)} s a run, peak ${Math.round(peak / 1024)} MB)`)
    console.log(`@cloud-copilot/iam-simulate ${installed} (evaluation loop only, between the runs): ` +
      `${rate(reference.decisions.length, reference.seconds)} requests/s (${reference.decisions.length.toLocaleString('en-US')} requests in ${reference.seconds.toFixed(2)} s)`)
    console.log(`decisions agree on ${agree.toLocaleString('en-US')} of ${reference.decisions.length.toLocaleString('en-US')} requests`)
    console.log(`ratio: ${(oursRate / referenceRate).toFixed(1)}x (budget: at least 100x)`)
    // Per CPU second both sides are as fast on a busy machine as on an idle one: a steadier
    // figure, and a lower bound of the ratio above on an idle machine (the reference uses one core).
    const oursPerCpu = (rounds * opts.lines) / oursCpu
    const referencePerCpu = reference.decisions.length / reference.cpu
    console.log(`per CPU second: switchboard ${rate(rounds * opts.lines, oursCpu)}, reference ` +
      `${rate(reference.decisions.length, reference.cpu)}; ratio ${(oursPerCpu / referencePerCpu).toFixed(1)}x`)
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
    if (!opts.moduleDir && dir) fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(`bench-batch: ${error.message}`)
  process.exit(1)
})

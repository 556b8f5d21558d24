# Writer v, batch 06: 카드납부, 자동이체, 직원 기록, 외국인 민원 (mixed domains). CC0 1.0. All invented.
DOCS = [
{"id": "s17-v06-001", "kind": "form", "text": """지방세 신용카드 자동이체 신청서
납세자 성명: [[PERSON:방소연]]   생년월일: [[BIRTH_DATE:1979-08-24]]
대상 세목: ☑자동차세 ☑재산세 □주민세
카드사: 삼성카드   카드번호: [[CREDIT_CARD:5404 3611 0287 449?]]   유효기간: {{date:09/27}}
카드소유자: [[PERSON:방소연]] (본인)   연락처: [[PHONE_NUMBER:010-7081-6623]]
신청일: {{date:2024년 2월 5일}}
※ 자동이체 시 세액공제 {{amount:건당 150원}}"""},

{"id": "s17-v06-002", "kind": "payment_record", "text": """------------ 카 드 매 출 전 표 ------------
가맹점명 성남시청(세외수입)
가맹점번호 {{code:00917722380}}
카드종류 BC  [[CREDIT_CARD:9410-61**-****-0083]]
거래일시 {{date:24/07/02 16:11}}
합계 {{amount:120,000}}
서명 [[PERSON:고형준]]
---------------------------------------
과태료 납부자: [[PERSON:고형준]]  (대납: [[PERSON:고은비]], 카드 [[CREDIT_CARD:4048 2201 9563 118?]])"""},

{"id": "s17-v06-003", "kind": "messenger", "text": """[성남시 세정과 ↔ 카드사 협조방]
카드사 [[PERSON:윤도희]] 과장: 말씀하신 이중승인 건 카드번호 [[CREDIT_CARD:3779-201532-8801?]] (아멕스) 맞으실까요?
세정과 [[PERSON:기현정]]: 네 납세자 [[PERSON:신재우]]님 재산세 {{amount:412,550원}}이 {{date:7/16}} 두 번 승인됐어요. 한 건 취소 부탁드려요
카드사 [[PERSON:윤도희]] 과장: 확인되면 {{date:3영업일}} 내 취소처리 후 회신드릴게요 (제 직통 [[PHONE_NUMBER:02-6711-4382]])"""},

{"id": "s17-v06-004", "kind": "spreadsheet", "text": """세무과 직원 현황 (내부용)
사번,성명,직급,담당,내선
[[EMPLOYEE_ID:19980412]],[[PERSON:한동수]],지방세무주사,과장 직무대리,{{public_number:2601}}
[[EMPLOYEE_ID:20080131]],[[PERSON:배윤정]],지방세무주사보,재산세,{{public_number:2614}}
[[EMPLOYEE_ID:20150722]],[[PERSON:지성훈]],지방세무서기,자동차세,{{public_number:2617}}
[[EMPLOYEE_ID:20230315]],[[PERSON:용채린]],지방세무서기보(시보),체납,{{public_number:2629}}"""},

{"id": "s17-v06-005", "kind": "letter", "text": """감사 결과 처분요구서(발췌)
세무과 [[PERSON:지성훈]](사번 [[EMPLOYEE_ID:20150722]])은 {{date:2023. 10.}} ~ {{date:2024. 2.}} 기간 중 업무와 무관하게 지인 [[PERSON:남궁혁]](생 [[BIRTH_DATE:1984. 5. 9.]])의 체납 정보를 {{statistic:7회}} 조회하였으며, 접속 단말 IP는 [[IP_ADDRESS:10.131.22.58]]로 확인됨.
→ 경징계 요구, 개인정보 접속기록 점검 강화"""},

{"id": "s17-v06-006", "kind": "complaint", "text": """Dear Suwon City Hall,
I am [[PERSON:Maria Fernanda Lopes]], a Brazilian national (passport [[KR_PASSPORT:FT902144]], ARC [[KR_FRN:870615-6031428]]). My landlord Mr. Bae has not returned my deposit of {{amount:KRW 3,000,000}} since my lease ended on {{date:30 April 2024}}.
Address of the rented room: [[KR_ADDRESS:Room 204, 15-3, Gwanggyo-ro 147beon-gil, Yeongtong-gu, Suwon-si]].
My phone: [[PHONE_NUMBER:010-3308-5121]], email [[EMAIL_ADDRESS:mafe.lopes87@gmail.com]]. Date of birth [[BIRTH_DATE:15/06/1987]].
Please advise how to apply for mediation."""},

{"id": "s17-v06-007", "kind": "sms", "text": """[성남시] [[PERSON:이○○]]님 재산세 카드({{org_name:국민카드}} [[CREDIT_CARD:****-****-****-6612]]) 자동납부가 한도초과로 실패하였습니다. {{date:9.30}}까지 직접 납부바랍니다."""},

{"id": "s17-v06-008", "kind": "form", "text": """전통시장 상인 교육(위생·안전) 출석부  일시 {{date:2024.10.17(목) 14:00}}
| 성명 | 점포 | 생년월일 | 서명 |
| [[PERSON:염순이]] | 지동시장 {{code:A-12}} | [[BIRTH_DATE:47.3.2]] | 염 |
| [[PERSON:곽병두]] | 지동시장 {{code:B-03}} | [[BIRTH_DATE:63.11.28]] | (서명) |
| [[PERSON:Nguyen Van Tuan]] | 못골 {{code:C-07}} | [[BIRTH_DATE:90.7.14]] | [[PERSON:Tuan]] |
| [[PERSON:왕혜련]] | 미나리광시장 {{code:2-15}} | [[BIRTH_DATE:58.1.5]] | 왕 |
강사: [[PERSON:심재원]] (수원시 위생정책과 {{public_number:031-228-2511}})"""},

{"id": "s17-v06-009", "kind": "letter", "text": """운전면허 소지자 본인확인 결과 통보 (자동차세 체납차량 인도)
대상자 [[PERSON:최민재]] (운전면허번호 [[KR_DRIVER_LICENSE:서울 02-771820-33]])
인도차량 [[KR_CAR_PLATE:68어 5519]]
위 차량은 공매 전 체납액 완납({{date:2024. 11. 4.}})으로 소유자에게 인도하며, 인수자는 본인으로 확인되었음.
인수일시 {{date:2024. 11. 5. 10:30}}  장소 수원시 차량보관소"""},

{"id": "s17-v06-010", "kind": "email", "text": """보낸 사람: [[PERSON:Chen Jiahao]] <[[EMAIL_ADDRESS:chen.jh@126.com]]>
제목: 음식점 영업신고 문의드립니다 (중국 국적)

안녕하세요 저는 수원에서 마라탕 가게 준비하는 [[PERSON:천자하오]]입니다. 여권번호 [[KR_PASSPORT:EH8820173]], 외국인등록증은 신청만 했습니다 (D-8 비자).
가게 위치는 [[KR_ADDRESS:수원시 팔달구 인계로 94번길 7, 1층]] 입니다. 외국인도 영업신고 가능한가요? 보건증은 {{date:9월 5일}} 받았습니다.
감사합니다."""},

{"id": "s17-v06-011", "kind": "memo", "text": """중개사무소 지도점검 {{date:2024.05.21}}
1) 판교리더스공인 대표 [[PERSON:심우석]] — 중개보조원 고지의무 미이행(보조원 [[PERSON:은다솜]], 소속 신고번호 {{registration_number:41135-2022-00918}})
2) 중개보조원 [[PERSON:태윤희]] 신분증 확인: 운전면허 [[KR_DRIVER_LICENSE:13-15-021847-90]] (실명 일치)
3) 거래계약서 보존기간(5년) 위반 의심 2건 → 추가자료 요청
점검반: [[PERSON:어경민]]·[[PERSON:석하윤]]"""},

{"id": "s17-v06-012", "kind": "system_export", "text": """<record>
  <applicant>[[PERSON:하태오]]</applicant>
  <univ>아주대학교</univ><stdNo>[[STUDENT_ID:201822341]]</stdNo>
  <birthYmd>[[BIRTH_DATE:19991102]]</birthYmd>
  <program>청년 전세자금 이자지원</program>
  <leaseAddr>[[KR_ADDRESS:수원시 영통구 월드컵로 193번길 21-6 302호]]</leaseAddr>
  <acctNo>[[BANK_ACCOUNT:3333-12-5109274]]</acctNo>
  <regDt>{{date:20240812143301}}</regDt>
  <regIp>[[IP_ADDRESS:59.10.233.172]]</regIp>
</record>"""},

{"id": "s17-v06-013", "kind": "note", "text": """과장님 [[PERSON:용채린]] 주무관 시보 평가서 {{date:금요일}}까지요. 사번 [[EMPLOYEE_ID:20230315]]로 인사시스템 올리시면 됩니다."""},

{"id": "s17-v06-014", "kind": "ocr_scan", "text": """상 가 건 물 임 대 차 계 약 서
임대인: [[PERSON:노 정 숙]]   주민등록번호 [[KR_RRN:5703l8-2O83l49]]
임차인: [[PERSON:류 재 성]]   사업자등록번호 [[KR_BRN:l24-3l-0884l]]
소재지: [[KR_ADDRESS:수원시 장안구 경수대로 983 지하l층 B0l호]]
보증금 {{amount:3,OOO만원}}  월세 {{amount:l5O만원}} (VAT별도)
권리금 계약은 별도로 한다.  계약일 {{date:2O22. O9. l9.}}"""},

{"id": "s17-v06-015", "kind": "form", "text": """공유재산(시장 주차장) 정기권 발급 대장
발급번호 {{code:MG-24-0113}}
상인 성명: [[PERSON:봉재근]] / 점포 못골 나-09 / 차량 [[KR_CAR_PLATE:48마 2217]]
결제: 신용카드 [[CREDIT_CARD:6253 9912 3480 557?]] (정기권 6개월 {{amount:180,000원}})
연락처: [[PHONE_NUMBER:010-9903-4142]]
발급일 {{date:2024-07-01}} 만료일 {{date:2024-12-31}}"""},

{"id": "s17-v06-016", "kind": "messenger", "text": """[[PERSON:해나]]: 과장님 내일 현장 나갈 때 LH 보상팀 [[PERSON:조우진]] 대리님 번호 있으세요?
과장: [[PHONE_NUMBER:010-2278-3049]] 그리고 사번 물어보면 [[EMPLOYEE_ID:LH-201744]] 라고 하시더라
[[PERSON:해나]]: 감사합니다 ㅎㅎ"""},

{"id": "s17-v06-017", "kind": "letter", "text": """재학증명 확인 회신
수신: 용인시 주택과
제목: 청년 월세 지원 신청자 재학사실 확인

귀 기관에서 조회 요청한 학생의 재학 사실을 아래와 같이 회신합니다.
  성명 [[PERSON:권나연]]  학번 [[STUDENT_ID:C2111057]]  학과 경영학부 3학년  생년월일 [[BIRTH_DATE:2002. 7. 30.]]
  학적상태: 재학 ({{date:2024-2학기}} 등록 완료)
단국대학교 죽전캠퍼스 학사지원팀 (문서번호 {{document_number:학사지원-4482}}, {{date:2024. 9. 10.}})"""},
]
